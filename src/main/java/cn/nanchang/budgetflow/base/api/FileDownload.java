package cn.nanchang.budgetflow.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation that answers a file, in one of the given media types, instead of JSON: the contract
 * documents its 200 as binary content of those types ({@link FileDownloads}); its errors stay JSON.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FileDownload {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    String CSV = "text/csv";
    String PNG = "image/png";
    String PDF = "application/pdf";
    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The media types the 200 may have. */
    String[] value();
}
