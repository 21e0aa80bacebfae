package vn.tonghop.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;

/**
 * A node of the registry's tree as a kind's consolidation starts from it: the units under it that owe the
 * document (the leaves, in the registry's order), those whose document is on record and those missing. The
 * walk the criteria kinds share, so each consolidation is only what it adds up.
 */
public record NodeUnits(Unit node, List<String> expected, List<String> reported, List<String> missing) {

    /**
     * Every node with units under it, from {@code rootCode} down, parents before children (none when the root
     * is unknown or has none under it); {@code sent}: whether a unit's document is on record.
     */
    public static List<NodeUnits> under(UnitRegistry registry, String rootCode, Predicate<String> sent) {
        List<NodeUnits> out = new ArrayList<>();
        walk(registry, registry.find(rootCode), sent, out);
        return out;
    }

    private static void walk(UnitRegistry registry, Unit node, Predicate<String> sent, List<NodeUnits> out) {
        if (node == null || registry.childrenOf(node.code()).isEmpty()) {
            return;
        }
        List<String> expected = new ArrayList<>();
        leaves(registry, node, expected);
        out.add(new NodeUnits(node, expected, expected.stream().filter(sent).toList(),
                expected.stream().filter(sent.negate()).toList()));
        for (Unit child : registry.childrenOf(node.code())) {
            walk(registry, child, sent, out);
        }
    }

    private static void leaves(UnitRegistry registry, Unit unit, List<String> out) {
        List<Unit> children = registry.childrenOf(unit.code());
        if (children.isEmpty()) {
            out.add(unit.code());
            return;
        }
        children.forEach(c -> leaves(registry, c, out));
    }
}
