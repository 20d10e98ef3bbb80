package dev.schemactl.engine.h2;

import java.util.Locale;

/**
 * H2 folds unquoted identifiers to upper case. The model spells such a name in lower case (as on the other engines:
 * {@code ORDERS} is {@code orders}) and keeps every other catalog name exactly ({@code "Album"} stays {@code Album}),
 * so a quoted mixed-case table and an unquoted one of the same letters stay two tables. A catalog name in lower case
 * only (quoted {@code "album"}) cannot be told from the model's spelling of {@code ALBUM}: it is read as that.
 */
public final class H2Names {
    private H2Names() {
    }

    /** The model's name for a catalog name. */
    public static String model(String catalogName) {
        if (catalogName == null) return null;
        return catalogName.equals(catalogName.toUpperCase(Locale.ROOT)) ? catalogName.toLowerCase(Locale.ROOT) : catalogName;
    }

    /** The catalog name a model name stands for (what goes between double quotes). */
    public static String catalog(String modelName) {
        return modelName.equals(modelName.toLowerCase(Locale.ROOT)) ? modelName.toUpperCase(Locale.ROOT) : modelName;
    }
}
