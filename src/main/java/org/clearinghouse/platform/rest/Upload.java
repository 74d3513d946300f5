package org.clearinghouse.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that receives a file (an import): its body may be as large as {@code MAX_IMPORT_BYTES}
 * rather than {@code MAX_BODY_BYTES}, and the caller is checked before a byte of it is read: anonymous callers get
 * 401, callers of any role not named in {@link #readableBy()} 403 ({@link UploadCallerFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Upload {

    /** The roles whose uploads are read (the role names of the accounts). */
    String[] readableBy();
}
