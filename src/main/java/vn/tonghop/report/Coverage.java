package vn.tonghop.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tonghop.domain.Unit;
import vn.tonghop.reference.UnitRegistry;

/**
 * Who sent one kind of document, under one root: the children of the root that are nodes (districts,
 * or communes), every unit of the tree by code, the files each reporting unit's consolidated documents
 * came from, and the units expected that sent nothing. «Thông tin», «Theo huyện» and «Chưa nộp» are
 * written from it, whatever the kind.
 *
 * @param expected the reporting units the kind expects under the root (a node's own consolidated table
 *                 stands for the units it counts)
 */
public record Coverage(Unit root, List<Unit> children, Map<String, Unit> units, Map<String, Set<String>> files,
                       List<Unit> missing, int expected) {

    public Coverage {
        children = List.copyOf(children);
        units = Map.copyOf(units);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        files.forEach((u, f) -> copy.put(u, Set.copyOf(f)));
        files = java.util.Collections.unmodifiableMap(copy);
        missing = List.copyOf(missing);
    }

    /** The reporting units that sent a document of the kind. */
    public int reported() {
        return files.size();
    }

    /**
     * The coverage of a kind every reporting unit sends on its own: the leaves of the registry's tree
     * under {@code root} are expected, those in {@code fileOfUnit} (unit code → file of its current
     * document) have reported.
     */
    public static Coverage of(UnitRegistry registry, Unit root, Map<String, String> fileOfUnit) {
        Map<String, Unit> units = new HashMap<>();
        units.put(root.code(), root);
        List<Unit> leaves = new ArrayList<>();
        List<Unit> todo = new ArrayList<>(List.of(root));
        Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Unit u = todo.remove(todo.size() - 1);
            if (!seen.add(u.code())) {
                continue;
            }
            units.putIfAbsent(u.code(), u);
            List<Unit> children = registry.childrenOf(u.code());
            if (children.isEmpty() && u != root) {
                leaves.add(u);
            }
            todo.addAll(children);
        }
        List<Unit> children = registry.childrenOf(root.code()).stream()
                .filter(c -> !registry.childrenOf(c.code()).isEmpty()).toList();
        Map<String, Set<String>> files = new LinkedHashMap<>();
        List<Unit> missing = new ArrayList<>();
        leaves.sort(java.util.Comparator.comparing(Unit::code));
        for (Unit leaf : leaves) {
            String file = fileOfUnit.get(leaf.code());
            if (file == null) {
                missing.add(leaf);
            } else {
                files.put(leaf.code(), Set.of(file));
            }
        }
        return new Coverage(root, children, units, files, missing, leaves.size());
    }

    /** Every file any of these coverages used, by unit: a finding on one is no unusable file. */
    public static Map<String, Set<String>> usedFiles(List<Coverage> coverages) {
        Map<String, Set<String>> used = new HashMap<>();
        for (Coverage c : coverages) {
            c.files.forEach((u, f) -> used.computeIfAbsent(u, k -> new LinkedHashSet<>()).addAll(f));
        }
        return used;
    }
}
