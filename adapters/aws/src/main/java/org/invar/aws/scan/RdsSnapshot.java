package org.invar.aws.scan;

import java.util.List;
import software.amazon.awssdk.services.rds.model.DBInstance;

/** What RDS said in one region. */
public record RdsSnapshot(Fetched<List<DBInstance>> instances) {
    public static RdsSnapshot failed(CallFailure f) {
        return new RdsSnapshot(Fetched.failed(f));
    }
}
