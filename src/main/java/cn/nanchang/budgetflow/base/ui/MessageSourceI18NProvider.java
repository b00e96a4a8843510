package cn.nanchang.budgetflow.base.ui;

import cn.nanchang.budgetflow.base.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Lets views read the same message bundle as the services (messages.properties), in Simplified Chinese,
 * through {@link Messages}, so that an amount is written the same way on a page as in a service's message.
 */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    private final Messages messages;

    MessageSourceI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Messages.LOCALE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, params);
    }
}
