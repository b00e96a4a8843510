package cn.nanchang.budgetflow.personal;

import cn.nanchang.budgetflow.base.InputChecks;
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

    CommonOpinions(CommonOpinionRepository opinions, CurrentActor currentActor) {
        this.opinions = opinions;
        this.currentActor = currentActor;
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
            throw ValidationException.of("text", "常用意见最多" + MAX_COUNT + "条，请先删除不用的");
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
            throw ValidationException.of("ids", "排序须包含您全部常用意见的编号，且每条只出现一次");
        }
        for (int i = 0; i < ids.size(); i++) {
            byId.get(ids.get(i)).moveTo(i);
        }
        return opinions.findByUsernameOrderByPositionAscIdAsc(currentActor.get().username());
    }

    private CommonOpinion own(long id) {
        // another user's opinion is answered as not found, so ids reveal nothing
        return opinions.findByIdAndUsername(id, currentActor.get().username())
            .orElseThrow(() -> new NotFoundException("常用意见不存在：" + id));
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("text", "请填写常用意见");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw ValidationException.of("text", "常用意见不能超过" + MAX_LENGTH + "个字");
        }
        if (InputChecks.hasControlCharacters(stripped)) {
            throw ValidationException.of("text", InputChecks.controlCharacterMessage("常用意见"));
        }
        return stripped;
    }
}
