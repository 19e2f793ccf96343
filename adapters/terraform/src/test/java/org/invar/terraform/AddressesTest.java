package org.invar.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.json.Json;
import org.invar.terraform.read.Addresses;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Module instance paths and resource addresses, taken apart and put together again. */
class AddressesTest {
    @Test
    void examples() {
        assertEquals("module.a.module.b", Addresses.configPath("module.a[0].module.b[\"x.y]\"]"));
        assertEquals("module.a[0]", Addresses.moduleOf("module.a[0].aws_subnet.s[\"k\"]"));
        assertEquals("", Addresses.moduleOf("aws_subnet.s[1]"));
        assertEquals("module.a[0]", Addresses.parent("module.a[0].module.b"));
        assertEquals("module.db[?].aws_db_instance.this[?]",
                Addresses.instance("module.db[?]", false, "aws_db_instance", "this", Addresses.UNKNOWN_KEY));
        assertEquals("module.db.module.x", Addresses.configPath("module.db[?].module.x[?]"));
        assertEquals("module.db[?]", Addresses.moduleOf("module.db[?].aws_db_instance.this[?]"));
        assertEquals("module.n.data.aws_vpc.v[\"a\\\"b\"]",
                Addresses.instance("module.n", true, "aws_vpc", "v", new Json.Str("a\"b")));
    }

    private static Gen<String> step() {
        Gen<String> name = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 6);
        Gen<String> key = integers().between(-2, 30).zip(strings().betweenCodePoints(32, 126).ofLengthBetween(0, 5),
                (n, s) -> n < 0 ? "" : n < 15 ? "[" + n + "]" : Addresses.key(new Json.Str(s)));
        return name.zip(key, (n, k) -> "module." + n + k);
    }

    @Test
    void modulePathsSplitAndJoinBack() {
        qt().forAll(lists().of(step()).ofSizeBetween(0, 4)).checkAssert(steps -> {
            String path = String.join(".", steps);
            assertEquals(path, Addresses.join(Addresses.steps(path)));
            assertEquals(path, Addresses.moduleOf(path + (path.isEmpty() ? "" : ".") + "aws_subnet.s[2]"));
            List<String> names = new ArrayList<>();
            Addresses.steps(path).forEach(s -> names.add("module." + s.name()));
            assertEquals(String.join(".", names), Addresses.configPath(path));
        });
    }
}
