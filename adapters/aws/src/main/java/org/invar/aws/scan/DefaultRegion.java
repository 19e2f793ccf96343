package org.invar.aws.scan;

import java.util.Optional;
import org.invar.aws.spec.AwsAccount;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;

/**
 * The region to scan when none is named: {@code AWS_REGION} (or the {@code aws.region} system
 * property), else the region of the account's profile in the profile file. Unlike the SDK's full
 * chain this never asks the instance metadata service: a scan must not wait on a network call
 * to learn where to go.
 */
final class DefaultRegion {
    private DefaultRegion() {
    }

    static Optional<String> of(AwsAccount account) {
        try {
            return Optional.of(new SystemSettingsRegionProvider().getRegion().id());
        } catch (SdkClientException e) {
            // not set in the environment: try the profile file
        }
        try {
            AwsProfileRegionProvider fromProfile = account.profile()
                    .map(p -> new AwsProfileRegionProvider(ProfileFile::defaultProfileFile, p))
                    .orElseGet(AwsProfileRegionProvider::new);
            return Optional.of(fromProfile.getRegion().id());
        } catch (SdkClientException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
