#!/bin/sh
# A two-node Clearinghouse cluster on this machine: WildFly's own clustering (standalone-ha: JGroups over TCP with
# static discovery on loopback, web sessions in Infinispan) and a third WildFly as the load balancer.
#
#   DB_URL=jdbc:mysql://127.0.0.1:3306/clearinghouse DB_USER=ch DB_PASSWORD=secret wildfly-config/cluster/cluster.sh start
#   wildfly-config/cluster/cluster.sh stop
#
#   start          node A (HTTP 8180), then node B (8280), then the balancer (8080); waits until each is ready
#   stop           stops all three (and kills what has not stopped after 30 s)
#   kill a|b       kills one node at once (kill -9), as a crash would
#
# The nodes share the database only (DB_KIND is mysql; DB_URL, DB_USER, DB_PASSWORD, DEMO_DATA, MAIL_* and the other
# settings of the README are passed on). Environment of this script:
#   JBOSS_HOME     the server the build provisioned (default: target/server of this checkout)
#   CLUSTER_DIR    where the three servers' folders, logs and pid files go (default: target/cluster)
#   CLUSTER_OFFSET_A, CLUSTER_OFFSET_B, CLUSTER_OFFSET_BALANCER   port offsets (default 100, 200, 0)
#   CLUSTER_STARTUP_TIMEOUT   seconds to wait for each server (default 300)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
JBOSS_HOME=${JBOSS_HOME:-$checkout/target/server}
CLUSTER_DIR=${CLUSTER_DIR:-$checkout/target/cluster}
offset_a=${CLUSTER_OFFSET_A:-100}
offset_b=${CLUSTER_OFFSET_B:-200}
offset_lb=${CLUSTER_OFFSET_BALANCER:-0}
timeout=${CLUSTER_STARTUP_TIMEOUT:-300}

say() { echo "cluster: $*"; }

# The three servers' folders, made from the provisioned server's standalone folder: standalone-ha.xml gets the
# application's settings (configure-server.cli) and the cluster's (configure-ha.cli); balancer.xml is standalone.xml
# with a reverse proxy and no application.
# Made again when the build has provisioned a newer WAR or configuration, or a script changed.
prepare() {
    marker="$CLUSTER_DIR/template/configuration/.configured"
    if [ -f "$marker" ]; then
        stale=
        for f in "$JBOSS_HOME"/standalone/deployments/*.war "$JBOSS_HOME/standalone/configuration/standalone.xml" \
            "$here/configure-ha.cli" "$here/../configure-server.cli"; do
            if [ "$f" -nt "$marker" ]; then stale=yes; fi
        done
        [ -n "$stale" ] || return 0
    fi
    [ -d "$JBOSS_HOME/standalone/deployments" ] || { say "no server in $JBOSS_HOME: run ./mvnw package first"; exit 1; }
    rm -rf "$CLUSTER_DIR/template"
    mkdir -p "$CLUSTER_DIR/template/configuration" "$CLUSTER_DIR/template/deployments"
    # the configuration files and the application only: the provisioned server may be running meanwhile
    cp "$JBOSS_HOME"/standalone/configuration/*.xml "$JBOSS_HOME"/standalone/configuration/*.properties \
        "$CLUSTER_DIR/template/configuration/"
    cp "$JBOSS_HOME"/standalone/deployments/*.war "$CLUSTER_DIR/template/deployments/"
    cp "$JBOSS_HOME/standalone/configuration/standalone.xml" "$CLUSTER_DIR/template/configuration/balancer.xml"
    sed 's/--server-config=standalone.xml/--server-config=standalone-ha.xml/' "$here/../configure-server.cli" \
        > "$CLUSTER_DIR/configure-ha-base.cli"
    say "writing the cluster configuration (offline CLI)"
    for script in "$CLUSTER_DIR/configure-ha-base.cli" "$here/configure-ha.cli"; do
        JAVA_OPTS="-Djboss.server.base.dir=$CLUSTER_DIR/template" \
            "$JBOSS_HOME/bin/jboss-cli.sh" --file="$script" > "$CLUSTER_DIR/configure.log" 2>&1 \
            || { cat "$CLUSTER_DIR/configure.log"; exit 1; }
    done
    touch "$CLUSTER_DIR/template/configuration/.configured"
}

# start_server NAME CONFIG OFFSET [extra server arguments]
start_server() {
    name=$1 config=$2 offset=$3
    shift 3
    base="$CLUSTER_DIR/$name"
    rm -rf "$base"
    cp -r "$CLUSTER_DIR/template" "$base"
    if [ "$name" = balancer ]; then
        rm -f "$base"/deployments/*
    fi
    HTTP_PORT=8080 JBOSS_PIDFILE="$CLUSTER_DIR/$name.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        nohup "$JBOSS_HOME/bin/standalone.sh" -c "$config" \
        -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
        -Dclearinghouse.cluster.http.a=$((8080 + offset_a)) -Dclearinghouse.cluster.http.b=$((8080 + offset_b)) \
        -Dclearinghouse.cluster.jgroups.a=$((7600 + offset_a)) -Dclearinghouse.cluster.jgroups.b=$((7600 + offset_b)) \
        "$@" > "$CLUSTER_DIR/$name.out" 2>&1 &
    waited=0
    until curl -fs -o /dev/null "http://127.0.0.1:$((9990 + offset))/health/ready"; do
        if [ "$waited" -ge "$timeout" ]; then
            say "$name not ready after $timeout s; see $base/log/server.log"
            exit 1
        fi
        sleep 2
        waited=$((waited + 2))
    done
    say "$name ready after ${waited}s: http://localhost:$((8080 + offset))/"
}

stop_server() {
    pidfile="$CLUSTER_DIR/$1.pid"
    [ -f "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if kill "$pid" 2>/dev/null; then
        waited=0
        while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
        kill -9 "$pid" 2>/dev/null || true
        say "$1 stopped"
    fi
    rm -f "$pidfile"
}

case "${1:-}" in
start)
    [ -n "${DB_URL:-}" ] || { say "set DB_URL (and DB_USER, DB_PASSWORD): the nodes share one MySQL/MariaDB database"; exit 1; }
    export DB_KIND=mysql
    for name in nodeA nodeB balancer; do
        if [ -f "$CLUSTER_DIR/$name.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/$name.pid")" 2>/dev/null; then
            say "$name is running already (pid $(cat "$CLUSTER_DIR/$name.pid")): stop the cluster first"
            exit 1
        fi
    done
    prepare
    # one after the other: the first node migrates the database (and loads demo data when asked) alone
    start_server nodeA standalone-ha.xml "$offset_a" -Djboss.node.name=nodeA -Djboss.tx.node.id=nodeA
    start_server nodeB standalone-ha.xml "$offset_b" -Djboss.node.name=nodeB -Djboss.tx.node.id=nodeB
    start_server balancer balancer.xml "$offset_lb" -Djboss.node.name=balancer
    ;;
stop)
    for name in balancer nodeB nodeA; do stop_server "$name"; done
    ;;
kill)
    case "${2:-}" in a | A) node=nodeA ;; b | B) node=nodeB ;; *) say "kill a|b"; exit 2 ;; esac
    kill -9 "$(cat "$CLUSTER_DIR/$node.pid")"
    rm -f "$CLUSTER_DIR/$node.pid"
    say "$node killed"
    ;;
*)
    sed -n '2,20p' "$0"
    exit 2
    ;;
esac
