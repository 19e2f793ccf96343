package org.invar.schema;

import java.util.Locale;
import java.util.Optional;

/**
 * The port RDS gives a DB instance whose template or configuration sets none: its engine's
 * default (CreateDBInstance, {@code Port}). Adapters of static models share it, so that the same
 * instance has the same port whatever it was written in. Engine names are RDS's
 * ({@code postgres}, {@code aurora-mysql}, {@code sqlserver-se}, {@code oracle-ee-cdb},
 * {@code custom-oracle-ee}, {@code db2-se}...), in any case.
 */
public final class RdsEnginePorts {
    private RdsEnginePorts() {
    }

    public static Optional<Long> defaultPort(String engine) {
        String e = engine.toLowerCase(Locale.ROOT);
        if (e.equals("postgres") || e.equals("aurora-postgresql")) {
            return Optional.of(5432L);
        }
        if (e.equals("mysql") || e.equals("mariadb") || e.equals("aurora-mysql") || e.equals("aurora")) {
            return Optional.of(3306L);
        }
        if (e.startsWith("sqlserver-") || e.startsWith("custom-sqlserver-")) {
            return Optional.of(1433L);
        }
        if (e.startsWith("oracle-") || e.startsWith("custom-oracle-")) {
            return Optional.of(1521L);
        }
        if (e.startsWith("db2-")) {
            return Optional.of(50000L);
        }
        return Optional.empty();
    }
}
