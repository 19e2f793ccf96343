package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.invar.model.Model;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden values of each intrinsic function: every bucket of intrinsics/strings.yml is named by
 * one expression, and the built model must hold the value (or the unknown reason) given here.
 */
class IntrinsicsTest {
    private static final Model DEFAULTS = Models.load("intrinsics/strings.yml");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "RefParam            | prod",
        "RefNoValue          | unknown: parameter NoDefault has no value",
        "RefRegion           | unknown: AWS::Region is not known (give the region, e.g. --region)",
        "RefStackName        | unknown: AWS::StackName is known only at deploy time (give it, e.g. --stack-name)",
        "RemovedName         | unknown: CloudFormation generates the bucket name at deploy time",
        "JoinKnown           | prod-logs-3",
        "JoinList            | a,b,c",
        "JoinUnknown         | unknown: parameter NoDefault has no value",
        "SubRegion           | unknown: AWS::Region is not known (give the region, e.g. --region)",
        "SubLiteral          | prod-${Literal}",
        "SubMap              | large-prod",
        "SubGetAtt           | 10.0.0.0/16",
        "SelectSplit         | b",
        "SelectParamList     | c",
        "FindInMapList       | x+y",
        "FindInMapDefault    | medium",
        "FindInMapUnknownKey | unknown: Fn::FindInMap in Mappings.Sizes: the key is not known: parameter Size has no value",
        "IfTrue              | yes",
        "IfUnknown           | unknown: condition Unknowable cannot be decided: parameter NoDefault has no value",
        "IfUnknownSame       | same",
        "IfNoValue           | unknown: CloudFormation generates the bucket name at deploy time",
        "Base64              | aGVsbG8=",
        "CidrSelect          | 10.0.2.0/24",
        "CidrV6              | 2001:db8:0:1::/64",
        "Length              | 3",
        "ToJson              | `{\"a\":[\"x\",\"y\\\"\"]}`",
        "ImportName          | unknown: Fn::ImportValue shared-name is resolved at deploy time",
        "GetAttDeployTime    | unknown: attribute DefaultSecurityGroup of Vpc is known only at deploy time",
        "GetAttList          | 10.0.0.0/16",
        "CondBoth            | t",
        "CondEither          | unknown: condition Either cannot be decided: condition Unknowable cannot be decided: parameter NoDefault has no value",
        "CondProdOrUnknown   | t",
        "EqualsAsValue       | true",
        "DynamicReference    | unknown: dynamic reference {{resolve:ssm:/bucket/name}} is resolved at deploy time",
        "LongForm            | prod3",
    })
    void eachIntrinsicResolvesToItsGoldenValue(String bucket, String expected) {
        assertEquals(expected, Models.plain(DEFAULTS, "bucket", bucket, "name"));
    }

    @Test
    void overridesReplaceDefaultsAndGiveValuesToParametersWithout() {
        Model m = Models.load("intrinsics/strings.yml", Map.of("Env", "dev", "NoDefault", "x", "Names", "p,q,r"));
        assertEquals("dev", Models.plain(m, "bucket", "RefParam", "name"));
        assertEquals("x", Models.plain(m, "bucket", "RefNoValue", "name"));
        assertEquals("small-dev", Models.plain(m, "bucket", "SubMap", "name"));
        assertEquals("r", Models.plain(m, "bucket", "SelectParamList", "name"));
        assertEquals("x", Models.plain(m, "bucket", "IfNoValue", "name"));
        assertEquals("a", Models.plain(m, "bucket", "IfUnknown", "name"));
        assertEquals("t", Models.plain(m, "bucket", "CondEither", "name"));
        assertEquals("f", Models.plain(m, "bucket", "CondBoth", "name"));
    }

    @Test
    void aGivenRegionNamesRegionAndPartition() {
        Model m = CloudFormation.load(Models.resource("intrinsics/strings.yml"),
                Models.options(Map.of(), "us-gov-west-1"));
        assertEquals("us-gov-west-1", Models.plain(m, "bucket", "RefRegion", "name"));
        assertEquals("prod-us-gov-west-1", Models.plain(m, "bucket", "SubRegion", "name"));
        assertEquals("aws-us-gov", Models.plain(m, "bucket", "RefPartition", "name"));
        assertTrue(((String) Models.plain(DEFAULTS, "bucket", "RefPartition", "name")).startsWith("unknown"));
    }

    @Test
    void getAzsWithoutRegionGivesDistinctSymbolicZonesByIndex() {
        Model m = Models.load("intrinsics/azs.yml");
        assertEquals(java.util.List.of("az-1"), Models.related(m, "subnet", "A", "az"));
        assertEquals(java.util.List.of("az-2"), Models.related(m, "subnet", "B", "az"));
        // GetAZs "" and GetAZs !Ref AWS::Region are the same list: index 0 is the same AZ.
        assertEquals(java.util.List.of("az-1"), Models.related(m, "subnet", "C", "az"));
        assertEquals(java.util.List.of("az-1"), Models.related(m, "subnet", "E", "az"));
        assertEquals(java.util.List.of("us-west-2c"), Models.related(m, "subnet", "F", "az"));
        assertEquals(java.util.List.of("eu-west-1c"), Models.related(m, "subnet", "G", "az"));
        // A subnet whose zone AWS picks is in a zone of its own, not known.
        assertEquals(java.util.List.of("zone of D"), Models.related(m, "subnet", "D", "az"));
        assertEquals("the subnet has no AvailabilityZone, so AWS picks its AZ at deploy time", Models.zoneCause(m, "D"));
        assertEquals(java.util.List.of("A", "C", "E"), Models.related(m, "az", "az-1", "subnet"));
        assertEquals("az-2", Models.plain(m, "az", "az-2", "name"));
        assertTrue(Models.ids(m, "region").isEmpty());
    }

    @Test
    void getAzsWithARegionGivesItsZoneNames() {
        Model m = CloudFormation.load(Models.resource("intrinsics/azs.yml"), Models.options(Map.of(), "us-east-1"));
        assertEquals(java.util.List.of("us-east-1a"), Models.related(m, "subnet", "A", "az"));
        assertEquals(java.util.List.of("us-east-1b"), Models.related(m, "subnet", "B", "az"));
        assertEquals(java.util.List.of("us-east-1a"), Models.related(m, "subnet", "C", "az"));
        assertEquals(java.util.List.of("us-east-1a", "us-east-1b"), Models.related(m, "region", "us-east-1", "az"));
        assertNull(Models.unknownRelation(m, "subnet", "A", "az"));
    }

    @Test
    void conditionsDecideWhichResourcesExist() {
        Model m = Models.load("intrinsics/conditions.yml");
        assertTrue(Models.has(m, "bucket", "Always"));
        assertTrue(!Models.has(m, "bucket", "OnlyExtra"));
        assertTrue(Models.has(m, "bucket", "OnlyWithoutExtra"));
        assertNull(Models.existenceUnknown(m, "bucket", "Always"));
        assertEquals("condition ModeA cannot be decided: parameter Mode has no value",
                Models.existenceUnknown(m, "bucket", "Undecided"));

        Model extra = Models.load("intrinsics/conditions.yml", Map.of("EnableExtra", "true", "Mode", "a"));
        assertTrue(Models.has(extra, "bucket", "OnlyExtra"));
        assertTrue(!Models.has(extra, "bucket", "OnlyWithoutExtra"));
        assertNull(Models.existenceUnknown(extra, "bucket", "Undecided"));
        assertTrue(!Models.has(Models.load("intrinsics/conditions.yml", Map.of("Mode", "b")), "bucket", "Undecided"));
    }
}
