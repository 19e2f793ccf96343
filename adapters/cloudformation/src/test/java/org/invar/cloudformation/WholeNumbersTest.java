package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole-number property is read exactly or not at all: a number too large for a long is
 * unknown with the reason, never clamped to the largest long.
 */
class WholeNumbersTest {
    @TempDir
    Path dir;

    private Object desiredCapacity(String written) {
        Model m = Models.inline(dir, "asg.yml", String.join("\n",
                "Resources:",
                "  Group:",
                "    Type: AWS::AutoScaling::AutoScalingGroup",
                "    Properties: {MinSize: '1', MaxSize: '4', DesiredCapacity: " + written + "}",
                ""), Map.of(), null);
        return Models.plain(m, "auto_scaling_group", "Group", "desired_capacity");
    }

    @Test
    void wholeNumbersInEveryNotation() {
        assertEquals(3L, desiredCapacity("3"));
        assertEquals(3L, desiredCapacity("'3'"));
        assertEquals(3L, desiredCapacity("3.0"));
        assertEquals(1000L, desiredCapacity("1e3"));
        assertEquals(Long.MAX_VALUE, desiredCapacity("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, desiredCapacity("-9223372036854775808"));
    }

    @Test
    void numbersBeyondALongAreUnknownNotClamped() {
        for (String written : new String[] {"99999999999999999999999999999", "9223372036854775808", "-9223372036854775809",
                "1e300", "'99999999999999999999999999999'"}) {
            Object v = desiredCapacity(written);
            assertTrue(v instanceof String s && s.startsWith("unknown: ") && s.contains("is out of range"), written + " gave " + v);
        }
    }

    @Test
    void fractionsAndWordsAreNotWholeNumbers() {
        assertTrue(((String) desiredCapacity("2.5")).contains("is not a whole number"));
        assertTrue(((String) desiredCapacity("many")).contains("is not a whole number"));
        assertTrue(((String) desiredCapacity(".inf")).contains("is not a whole number"));
    }
}
