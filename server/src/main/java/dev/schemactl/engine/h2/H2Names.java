package dev.schemactl.engine.h2;

import java.util.Locale;

/**
 * H2 folds unquoted identifiers to upper case. The model spells such a name in lower case (as on the other engines:
 * {@code ORDERS} is {@code orders}) and keeps every other catalog name exactly ({@code "Album"} stays {@code Album}),
 * so a quoted mixed-case table and an unquoted one of the same letters stay two tables. A catalog name in lower case
 * only (quoted {@code "album"}) would read like the model's spelling of {@code ALBUM}: the model keeps it between
 * double quotes ({@code "album"}), as it was written, so the two stay apart too.
 */
public final class H2Names {
    private H2Names() {
    }

    /** The model's name for a catalog name. */
    public static String model(String catalogName) {
        if (catalogName == null) return null;
        if (catalogName.equals(catalogName.toUpperCase(Locale.ROOT))) return catalogName.toLowerCase(Locale.ROOT);
        return catalogName.equals(catalogName.toLowerCase(Locale.ROOT)) ? "\"" + catalogName + "\"" : catalogName;
    }

    /** The catalog name a model name stands for (what goes between double quotes). */
    public static String catalog(String modelName) {
        if (modelName.length() > 2 && modelName.startsWith("\"") && modelName.endsWith("\"")) {
            return modelName.substring(1, modelName.length() - 1);
        }
        return modelName.equals(modelName.toLowerCase(Locale.ROOT)) ? modelName.toUpperCase(Locale.ROOT) : modelName;
    }

    /** A model name between double quotes, as the catalog spells it: {@code billing} → {@code "BILLING"}. */
    public static String quoted(String modelName) {
        return "\"" + catalog(modelName).replace("\"", "\"\"") + "\"";
    }
}
