package cn.nanchang.budgetflow.document.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link DocumentTypeController}'s document type in its OpenAPI summaries: the shared
 * endpoints say "{noun}列表…", "新建{noun}…", and a type words its reading and its submission itself.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DocumentApi {

    /** The type's name as the summaries use it, e.g. 预算草案. */
    String noun();

    /** The summary of reading one document. */
    String get();

    /** The summary of submitting one. */
    String submit();
}
