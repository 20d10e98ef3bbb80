package dev.schemactl.source.evolution.p02.b;

import jakarta.persistence.*;

@Embeddable
public class ReviewKey implements java.io.Serializable {
    Long bookId;
    Long readerId;

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewKey k && java.util.Objects.equals(bookId, k.bookId) && java.util.Objects.equals(readerId, k.readerId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(bookId, readerId);
    }
}
