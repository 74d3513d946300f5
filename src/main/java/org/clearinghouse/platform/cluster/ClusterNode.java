package org.clearinghouse.platform.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This server's name in the cluster: WildFly's {@code jboss.node.name} (the host name unless set). */
public final class ClusterNode {

    private ClusterNode() {}

    public static String name() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "server";
        }
    }
}
