package cn.nanchang.budgetflow.workflow;

import java.util.Arrays;

/**
 * Where a returned document goes when its drafter resubmits it, chosen per process by the
 * process property {@code resubmitTo} in its model.
 */
public enum ResubmitMode {
    /** 回到退回人: straight back to the review that returned it; the steps before it are not repeated. */
    RETURNER("returner"),
    /** 从科长重新开始: every review sees the revision again, because it may change what they confirmed. */
    START("start");

    private final String modelValue;

    ResubmitMode(String modelValue) {
        this.modelValue = modelValue;
    }

    /** The mode a model names; a model that names none starts again at 科长, the cautious choice. */
    static ResubmitMode ofModelValue(String value) {
        return Arrays.stream(values()).filter(m -> m.modelValue.equals(value)).findFirst().orElse(START);
    }

    public String labelKey() {
        return "resubmitMode." + name();
    }
}
