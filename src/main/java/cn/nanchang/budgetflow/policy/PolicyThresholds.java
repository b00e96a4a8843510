package cn.nanchang.budgetflow.policy;

import cn.nanchang.budgetflow.audit.AuditAction;
import cn.nanchang.budgetflow.audit.AuditLog;
import cn.nanchang.budgetflow.audit.AuditRecord;
import cn.nanchang.budgetflow.base.AmountText;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.Money;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.security.Actor;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads thresholds for routing and validation; the administrator changes them. */
@Service
@Transactional(readOnly = true)
public class PolicyThresholds {

    private static final BigDecimal MAX = new BigDecimal("100000000000.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final PolicyThresholdRepository thresholds;
    private final AuditLog audit;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final Messages messages;

    PolicyThresholds(PolicyThresholdRepository thresholds, AuditLog audit, CurrentActor currentActor, Clock clock,
            Messages messages) {
        this.thresholds = thresholds;
        this.audit = audit;
        this.currentActor = currentActor;
        this.clock = clock;
        this.messages = messages;
    }

    /** A percentage threshold (an execution alert's rate), e.g. 25.00 for 25 %. */
    public BigDecimal percent(ThresholdKey key) {
        return amount(key).yuan();
    }

    public Money amount(ThresholdKey key) {
        return thresholds.findById(key.name()).map(PolicyThreshold::getAmount)
            .orElseThrow(() -> new IllegalStateException("threshold missing: " + key));
    }

    /** Every threshold by key, as the routing decision's input variables. */
    public Map<ThresholdKey, Money> all() {
        Map<ThresholdKey, Money> out = new EnumMap<>(ThresholdKey.class);
        for (ThresholdKey key : ThresholdKey.values()) {
            out.put(key, amount(key));
        }
        return out;
    }

    public List<PolicyThreshold> list() {
        return thresholds.findAllByOrderBySortOrder();
    }

    @Transactional
    @Roles.Admin
    public PolicyThreshold change(String key, String amountText) {
        PolicyThreshold threshold = thresholds.findById(key).orElseThrow(() -> new NotFoundException(messages.get("threshold.error.notFound", key)));
        Money amount = ThresholdKey.percent(key) ? parsePercent(amountText) : parse(amountText);
        Actor actor = currentActor.get();
        String before = threshold.getAmount().toString();
        threshold.change(amount, actor.username(), clock.instant());
        audit.record(AuditRecord.of(AuditAction.POLICY_CHANGE, actor.username(), actor.role().name())
            .details(key + "：" + before + " → " + amount + " 元"));
        return threshold;
    }

    /** A rate is a percentage: above 0, at most 100, two decimals at most. */
    private Money parsePercent(String text) {
        BigDecimal value = AmountText.parse(text);
        if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw ValidationException.of("amountYuan", messages.get("threshold.error.percent"));
        }
        return new Money(value.setScale(2));
    }

    private Money parse(String text) {
        BigDecimal value = AmountText.parse(text);
        if (value == null) {
            throw ValidationException.of("amountYuan", messages.get("threshold.error.format"));
        }
        if (value.signum() <= 0 || value.compareTo(MAX) > 0) {
            throw ValidationException.of("amountYuan", messages.get("threshold.error.range"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw ValidationException.of("amountYuan", messages.get("threshold.error.scale"));
        }
        return new Money(value.setScale(2));
    }
}
