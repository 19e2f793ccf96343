package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.invar.model.Model;
import org.invar.spi.ModelLoadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates CloudFormation takes load: the short forms of the Rules section's functions, and
 * {@code Fn::GetStackOutput}, whose value is another stack's output and so unknown here.
 */
class RulesAndStackOutputsTest {
    @TempDir
    Path dir;

    @Test
    void rulesSectionShortForms() {
        // Loads: the tags were "unknown YAML tag" before.
        Models.inline(dir, "rules.yml", String.join("\n",
                "Parameters:",
                "  Environment: {Type: String, Default: test}",
                "  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>', Default: 'subnet-1,subnet-2'}",
                "  Vpc: {Type: 'AWS::EC2::VPC::Id', Default: vpc-1}",
                "Rules:",
                "  ProdOnly:",
                "    RuleCondition: !Equals [!Ref Environment, prod]",
                "    Assertions:",
                "      - Assert: !Contains [[m5.large, m5.xlarge], !Ref Environment]",
                "      - Assert: !EachMemberEquals [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], !Ref Vpc]",
                "      - Assert: !EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', VpcId], !RefAll 'AWS::EC2::VPC::Id']",
                "      - Assert: !Not [!Equals [!ValueOf [Vpc, Tags], '']]",
                "        AssertDescription: subnets are in the VPC",
                "Resources:",
                "  Bucket: {Type: AWS::S3::Bucket}",
                ""), Map.of(), null);
    }

    @Test
    void getStackOutputIsAnotherStacksValue() {
        Model m = Models.inline(dir, "out.yml", String.join("\n",
                "Resources:",
                "  Sg:",
                "    Type: AWS::EC2::SecurityGroup",
                "    Properties:",
                "      GroupDescription: web",
                "      VpcId: !GetStackOutput {StackName: network, OutputName: VpcId}",
                "  Other:",
                "    Type: AWS::EC2::SecurityGroup",
                "    Properties:",
                "      GroupDescription: db",
                "      VpcId:",
                "        Fn::GetStackOutput: {StackName: network, OutputName: VpcId, Region: eu-west-1}",
                ""), Map.of(), null);
        List<String> vpc = Models.related(m, "security_group", "Sg", "vpc");
        assertEquals(List.of("stack-output:network/VpcId"), vpc);
        assertEquals(vpc, Models.related(m, "security_group", "Other", "vpc"));
    }

    @Test
    void getStackOutputNeedsStackAndOutputNames() {
        Path file = Models.write(dir, "bad.yml", String.join("\n",
                "Resources:",
                "  Sg:",
                "    Type: AWS::EC2::SecurityGroup",
                "    Properties: {GroupDescription: web, VpcId: !GetStackOutput [network, VpcId]}",
                ""));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> CloudFormation.load(file));
        assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
        assertTrue(e.getMessage().contains("StackName and OutputName"), e.getMessage());
    }

    @Test
    void getStackOutputOfAMergedInputIsItsResource() {
        Path network = Models.write(dir, "network.yml", String.join("\n",
                "Resources:",
                "  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}",
                "Outputs:",
                "  VpcId: {Value: !Ref Vpc}",
                ""));
        Path app = Models.write(dir, "app.yml", String.join("\n",
                "Resources:",
                "  Sg:",
                "    Type: AWS::EC2::SecurityGroup",
                "    Properties: {GroupDescription: web, VpcId: !GetStackOutput {StackName: network, OutputName: VpcId}}",
                ""));
        org.invar.model.ModelBuilder merged = Model.builder();
        for (Map.Entry<Path, String> input : Map.of(network, "network", app, "app").entrySet()) {
            org.invar.model.ModelBuilder own = Model.builder();
            CloudFormation.fill(input.getKey(), own, Models.options(Map.of("AWS::StackName", input.getValue()), null));
            merged.merge(own);
        }
        Model m = merged.build();
        assertEquals(List.of("Vpc"), Models.related(m, "security_group", "Sg", "vpc"));
    }
}
