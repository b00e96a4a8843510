package cn.nanchang.budgetflow.personal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.function.Consumer;

/** The drawing canvas of frontend/components/signature-pad.ts, as a server-side component. */
@Tag("signature-pad")
@JsModule("./components/signature-pad.ts")
class SignaturePad extends Component {

    SignaturePad() {
        setId("signature-pad");
    }

    /** Asks the browser for the drawing: a PNG data URL, or "" while the pad is blank. */
    void exportPng(Consumer<String> dataUrl) {
        getElement().callJsFunction("exportPng").then(String.class, dataUrl::accept);
    }

    void clear() {
        getElement().callJsFunction("clear");
    }
}
