package dev.schemactl.risk;

/**
 * What the data said about a narrowing type change.
 *
 * @param checked  whether the values were looked at
 * @param misfits  how many values do not fit the new type (0 when they all fit; -1 when not checked)
 * @param observed what was seen ("the longest value has 12 characters", "values from -3 to 900"), or why nothing was
 */
public record ValueFit(boolean checked, long misfits, String observed) {

    public static ValueFit notChecked(String why) {
        return new ValueFit(false, -1, why);
    }

    public boolean fits() {
        return checked && misfits == 0;
    }
}
