package cn.nanchang.budgetflow.project;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored category tree of the performance-target table; a dozen rows, read whole on each call. */
@Service
@Transactional(readOnly = true)
public class IndicatorCategories {

    private final IndicatorCategoryRepository categories;

    IndicatorCategories(IndicatorCategoryRepository categories) {
        this.categories = categories;
    }

    public IndicatorTree tree() {
        return IndicatorTree.of(categories.findAllByOrderBySortOrderAsc());
    }

    Map<String, IndicatorCategory> byCode() {
        return categories.findAll().stream().collect(Collectors.toMap(IndicatorCategory::getCode, Function.identity()));
    }
}
