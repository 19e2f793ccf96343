package org.invar.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.invar.model.Model;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelInput;
import org.invar.spi.ModelSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadNotesTest {
    @Test
    void skippedResourceTypesAreNotedOnTheModel(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("t.yml"), """
                Resources:
                  Role:
                    Type: AWS::IAM::Role
                    Properties: {AssumeRolePolicyDocument: {}}
                  Fn:
                    Type: AWS::Lambda::Function
                  Fn2:
                    Type: AWS::Lambda::Function
                  Bucket:
                    Type: AWS::S3::Bucket
                """);
        Model model = ModelSources.load(ModelInput.of(template.toString()), LoadOptions.DEFAULT);
        assertEquals(1, model.table("bucket").size());
        assertEquals(List.of(template + ": 3 resource(s) of types invar has no kind for were skipped:"
                + " AWS::IAM::Role x1, AWS::Lambda::Function x2"), model.notes());
    }
}
