package cn.nanchang.budgetflow.base;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Looks up user-facing Chinese text in the message bundle ({@code messages.properties}),
 * so that services, the API and the views speak with one voice.
 */
@Component
public class Messages {

    public static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, LOCALE);
    }
}
