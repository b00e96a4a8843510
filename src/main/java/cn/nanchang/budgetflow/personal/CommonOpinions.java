package cn.nanchang.budgetflow.personal;

import cn.nanchang.budgetflow.base.InputChecks;
import cn.nanchang.budgetflow.base.Messages;
import cn.nanchang.budgetflow.base.NotFoundException;
import cn.nanchang.budgetflow.base.ValidationException;
import cn.nanchang.budgetflow.security.CurrentActor;
import cn.nanchang.budgetflow.security.Roles;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 常用意见: the signed-in user's own list of approval comments. A user whose list is empty is
 * offered a few defaults in the review form's picker; they are not stored, so an emptied list
 * stays empty and the user's own opinions replace the defaults as soon as there is one.
 */
@Service
@Transactional
@Roles.Participant
public class CommonOpinions {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_COUNT = 30;
    static final List<String> DEFAULTS = List.of("同意。", "情况属实，同意上报。", "经审核，符合预算管理规定，同意。",
        "请补充相关依据后重新提交。");

    private final CommonOpinionRepository opinions;
    private final CurrentActor currentActor;
    private final Messages messages;

    CommonOpinions(CommonOpinionRepository opinions, CurrentActor currentActor, Messages messages) {
        this.opinions = opinions;
        this.currentActor = currentActor;
        this.messages = messages;
    }

    /** My opinions in my order. */
    @Transactional(readOnly = true)
    public List<CommonOpinion> mine() {
        return opinions.findByUsernameOrderByPositionAscIdAsc(currentActor.get().username());
    }

    /** What the review form's picker offers: my opinions, or the defaults while I have none. */
    @Transactional(readOnly = true)
    public List<String> choices() {
        List<String> own = mine().stream().map(CommonOpinion::getText).toList();
        return own.isEmpty() ? DEFAULTS : own;
    }

    /** Adds an opinion at the end of my list. */
    public CommonOpinion add(String text) {
        String me = currentActor.get().username();
        String checked = checked(text);
        List<CommonOpinion> list = mine();
        if (list.size() >= MAX_COUNT) {
            throw ValidationException.of("text", messages.get("opinion.error.tooMany", MAX_COUNT));
        }
        int next = list.stream().mapToInt(CommonOpinion::getPosition).max().orElse(-1) + 1;
        return opinions.save(new CommonOpinion(me, next, checked));
    }

    public CommonOpinion edit(long id, String text) {
        CommonOpinion opinion = own(id);
        opinion.changeText(checked(text));
        return opinion;
    }

    public void delete(long id) {
        opinions.delete(own(id));
    }

    /** Puts my opinions in this order; the ids must be exactly those of my list. */
    public List<CommonOpinion> reorder(List<Long> ids) {
        List<CommonOpinion> list = mine();
        Map<Long, CommonOpinion> byId = list.stream().collect(Collectors.toMap(CommonOpinion::getId, Function.identity()));
        if (ids == null || ids.size() != list.size() || !byId.keySet().equals(new HashSet<>(ids))) {
            throw ValidationException.of("ids", messages.get("opinion.error.order"));
        }
        for (int i = 0; i < ids.size(); i++) {
            byId.get(ids.get(i)).moveTo(i);
        }
        return opinions.findByUsernameOrderByPositionAscIdAsc(currentActor.get().username());
    }

    private CommonOpinion own(long id) {
        // another user's opinion is answered as not found, so ids reveal nothing
        return opinions.findByIdAndUsername(id, currentActor.get().username())
            .orElseThrow(() -> new NotFoundException(messages.get("opinion.error.notFound", id)));
    }

    private String checked(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("text", messages.get("opinion.error.required"));
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ValidationException.of("text", messages.get("opinion.error.tooLong", MAX_LENGTH));
        }
        if (InputChecks.hasControlCharacters(stripped)) {
            throw ValidationException.of("text", InputChecks.controlCharacterMessage("常用意见"));
        }
        return stripped;
    }
}
