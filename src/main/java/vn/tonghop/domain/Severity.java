package vn.tonghop.domain;

/** How much a finding matters; each office may change a rule's severity in its job.yml. */
public enum Severity {
    ERROR("Lỗi"), WARNING("Cảnh báo"), INFO("Thông tin");

    private final String vietnamese;

    Severity(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    /** The label shown to clerks and office staff. */
    public String vietnamese() {
        return vietnamese;
    }
}
