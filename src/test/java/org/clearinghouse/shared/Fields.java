package org.clearinghouse.shared;

import java.lang.reflect.Field;

/** Sets a private field of an entity (its id, its audit columns) that only the database fills in. For unit tests. */
public final class Fields {

    private Fields() {}

    public static <T> T set(T target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return target;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " in " + target.getClass());
    }
}
