package cn.nanchang.budgetflow.base;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Looks up user-facing Chinese text in the message bundle ({@code messages.properties}),
 * so that services, the API and the views speak with one voice.
 */
@Component
public class Messages {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final MessageSource BUNDLE = bundle();
    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, shown(args), key, LOCALE);
    }

    /**
     * The same bundle for static helpers ({@link InputChecks}) that validators and plain unit
     * tests call without a Spring context. It is read once and never changes, so it answers
     * the same with or without Spring, and no holder has to be filled in at start-up.
     */
    public static String text(String key, Object... args) {
        return BUNDLE.getMessage(key, shown(args), key, LOCALE);
    }

    /**
     * An amount in a message reads as everywhere else, 173,000.50 (README, 术语表): handed over as
     * {@link Money}, MessageFormat would write 173,000.5 and drop the cents' zero.
     */
    private static Object[] shown(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Money money) {
                shown[i] = money.formatYuan();
            }
        }
        return shown;
    }

    /** Configured as Spring Boot configures the application's bundle (spring.messages.*). */
    private static MessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }
}
