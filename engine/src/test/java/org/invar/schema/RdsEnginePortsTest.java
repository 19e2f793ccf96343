package org.invar.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RdsEnginePortsTest {
    @Test
    void eachRdsEngineHasItsDefaultPort() {
        assertEquals(Optional.of(5432L), RdsEnginePorts.defaultPort("postgres"));
        assertEquals(Optional.of(5432L), RdsEnginePorts.defaultPort("aurora-postgresql"));
        assertEquals(Optional.of(3306L), RdsEnginePorts.defaultPort("MySQL"));
        assertEquals(Optional.of(3306L), RdsEnginePorts.defaultPort("mariadb"));
        assertEquals(Optional.of(3306L), RdsEnginePorts.defaultPort("aurora-mysql"));
        assertEquals(Optional.of(1433L), RdsEnginePorts.defaultPort("sqlserver-se"));
        assertEquals(Optional.of(1433L), RdsEnginePorts.defaultPort("custom-sqlserver-web"));
        assertEquals(Optional.of(1521L), RdsEnginePorts.defaultPort("oracle-ee-cdb"));
        assertEquals(Optional.of(1521L), RdsEnginePorts.defaultPort("custom-oracle-ee"));
        assertEquals(Optional.of(50000L), RdsEnginePorts.defaultPort("db2-ae"));
    }

    @Test
    void namesRdsDoesNotUseHaveNoPort() {
        assertEquals(Optional.empty(), RdsEnginePorts.defaultPort("sqlserver"));
        assertEquals(Optional.empty(), RdsEnginePorts.defaultPort("oracle"));
        assertEquals(Optional.empty(), RdsEnginePorts.defaultPort("neptune"));
        assertEquals(Optional.empty(), RdsEnginePorts.defaultPort(""));
    }
}
