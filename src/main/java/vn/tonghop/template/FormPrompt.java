package vn.tonghop.template;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * What a template's input cell asks for: the prompt Excel and LibreOffice show when the cell is selected
 * ({@code title}, {@code hint}, in Vietnamese), and either a list to pick from ({@code choices}: a dropdown
 * whose arrow shows) or a longest text ({@code maxLength}). Equal prompts share one data validation.
 */
public record FormPrompt(String title, String hint, List<String> choices, int maxLength) {

    /** Excel refuses a prompt title longer than this, and a prompt text longer than {@link #MAX_HINT}. */
    static final int MAX_TITLE = 32;
    static final int MAX_HINT = 255;

    public FormPrompt {
        choices = List.copyOf(choices);
        if (title.length() > MAX_TITLE || hint.length() > MAX_HINT) {
            throw new IllegalArgumentException("prompt longer than Excel accepts: " + title);
        }
    }

    /** Free text up to {@code maxLength} characters. */
    public static FormPrompt text(String title, String hint, int maxLength) {
        return new FormPrompt(title, hint, List.of(), maxLength);
    }

    /** A word picked from {@code choices}. */
    public static FormPrompt pick(String title, String hint, List<String> choices) {
        return new FormPrompt(title, hint, choices, 0);
    }

    DataValidation validation(DataValidationHelper helper, CellRangeAddressList cells) {
        DataValidationConstraint constraint = choices.isEmpty()
                ? helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(maxLength), null)
                : helper.createExplicitListConstraint(choices.toArray(String[]::new));
        DataValidation dv = helper.createValidation(constraint, cells);
        dv.setEmptyCellAllowed(true);
        dv.setShowPromptBox(true);
        dv.createPromptBox(title, hint);
        dv.setShowErrorBox(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        dv.createErrorBox("Giá trị chưa đúng", hint);
        // The list's in-cell arrow shows by default. Never setSuppressDropDownArrow(false): POI 5.5.1 writes it
        // as showDropDown="1", which OOXML reads as *hide* the arrow (Excel and LibreOffice both hide it).
        return dv;
    }
}
