package org.invar.terraform;

import java.nio.file.Path;
import org.invar.model.json.ModelJson;

/** Prints the model of a plan or state as model JSON, to review what the adapter makes of a file. */
public final class DumpModel {
    private DumpModel() {
    }

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            System.out.println(ModelJson.write(Terraform.load(Path.of(file))));
        }
    }
}
