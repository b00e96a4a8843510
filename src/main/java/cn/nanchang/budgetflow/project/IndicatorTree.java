package cn.nanchang.budgetflow.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The categories of the performance-target table as a tree, in display order: level-1 roots,
 * their level-2 children. Level-3 indicators hang on leaves (categories without children).
 */
public record IndicatorTree(List<Node> roots) {

    /** One category; {@code requiresIndicator}: the table needs at least one indicator somewhere under it. */
    public record Node(String code, String name, boolean requiresIndicator, List<Node> children) {

        public boolean isLeaf() {
            return children.isEmpty();
        }

        boolean contains(String leafCode) {
            return code.equals(leafCode) || children.stream().anyMatch(c -> c.contains(leafCode));
        }
    }

    static IndicatorTree of(List<IndicatorCategory> ordered) {
        return new IndicatorTree(childrenOf(null, ordered));
    }

    private static List<Node> childrenOf(IndicatorCategory parent, List<IndicatorCategory> ordered) {
        List<Node> nodes = new ArrayList<>();
        for (IndicatorCategory c : ordered) {
            boolean child = parent == null ? c.getParent() == null
                : c.getParent() != null && c.getParent().getId().equals(parent.getId());
            if (child) {
                nodes.add(new Node(c.getCode(), c.getName(), c.isRequiresIndicator(), childrenOf(c, ordered)));
            }
        }
        return List.copyOf(nodes);
    }

    /** Every category in display order, parents before their children. */
    public List<Node> all() {
        List<Node> out = new ArrayList<>();
        roots.forEach(r -> collect(r, out));
        return out;
    }

    /** The categories an indicator may be filed under, in display order. */
    public List<Node> leaves() {
        return all().stream().filter(Node::isLeaf).toList();
    }

    public Optional<Node> find(String code) {
        return all().stream().filter(n -> n.code().equals(code)).findFirst();
    }

    /** The level-1 category a leaf belongs to. */
    public Optional<Node> rootOf(String leafCode) {
        return roots.stream().filter(r -> r.contains(leafCode)).findFirst();
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        node.children().forEach(c -> collect(c, out));
    }
}
