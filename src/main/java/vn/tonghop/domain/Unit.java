package vn.tonghop.domain;

/**
 * A unit (đơn vị) of the registry. {@code level} is the registry's own word ({@code tinh},
 * {@code huyen}, {@code xa}, {@code truong}); {@code formerParentCode} keeps a school's district
 * from before the 2025 reform beside its new parent.
 */
public record Unit(String code, String name, String level, String parentCode, String email,
                   String formerParentCode) {

    public boolean isRoot() {
        return parentCode == null || parentCode.isBlank();
    }
}
