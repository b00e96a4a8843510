package cn.nanchang.budgetflow.testsupport;

import cn.nanchang.budgetflow.base.Messages;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's messages.properties without Spring, for unit tests of classes that word their findings. */
public final class BundledMessages {

    private BundledMessages() {
    }

    public static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
