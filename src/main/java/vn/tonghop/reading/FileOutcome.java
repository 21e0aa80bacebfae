package vn.tonghop.reading;

/** What became of one submitted file. Every file gets one, with a reason a clerk understands. */
public enum FileOutcome {
    /** Read: facts stored. */
    READ,
    /** A phasing table was read, but the unit is not in the registry (or could not be told). */
    UNKNOWN_UNIT,
    /** Password-protected or encrypted. */
    ENCRYPTED,
    /** Not a workbook, or a damaged one. */
    UNREADABLE,
    /** A spreadsheet format the product cannot read (Excel 95, .xlsb, strict OOXML). */
    UNSUPPORTED_FORMAT,
    /** Larger than the configured limit. */
    OVERSIZED,
    /** Opens, but no sheet holds a recognisable phasing table. */
    NO_TABLE,
    /**
     * Read, but mailed from an address that is not its unit's and, with {@code tonghop.senders.unverified:
     * hold}, kept out of the consolidation until an officer accepts it ({@code accept}).
     */
    HELD
}
