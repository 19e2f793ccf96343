package org.invar.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.InvalidParameterException;
import software.amazon.awssdk.services.ecs.model.Service;

/**
 * The emulated account's ECS answers as ECS does, limits included, so a scanner that asked for
 * too much in one call would fail against it instead of being timed as fast.
 */
class LargeEcsTest {
    private FakeAws fake;
    private EcsClient ecs;

    @BeforeEach
    void start() throws Exception {
        fake = LargeAccount.serve(FakeAws.start("seed"), 60, 200, Set.of(7));
        ecs = EcsClient.builder().endpointOverride(fake.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(Scans.CREDENTIALS).httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterEach
    void stop() {
        ecs.close();
        fake.close();
    }

    @Test
    void listServicesPagesByTenAndDescribeAnswersTheServicesAsked() {
        String cluster = LargeEcs.clusterArn(2);
        List<String> arns = ecs.listServicesPaginator(r -> r.cluster(cluster)).stream()
                .flatMap(p -> p.serviceArns().stream()).toList();
        assertEquals(100, arns.size());
        assertEquals(10, fake.count("ecs:ListServices"), "ten pages of ten");
        List<Service> described = ecs.describeServices(r -> r.cluster(cluster).services(arns.get(3), "svc-150",
                "svc-999")).services();
        assertEquals(List.of("svc-104", "svc-150"), described.stream().map(Service::serviceName).toList());
        assertEquals(2, described.get(1).desiredCount(), "the third service of group 30");
        assertEquals(1, ecs.describeServices(r -> r.cluster(cluster).services("svc-999")).failures().size());
    }

    @Test
    void refusesElevenServicesAnUnknownClusterAndTooLargeAPage() {
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "svc-" + i).toList();
        InvalidParameterException tooMany = assertThrows(InvalidParameterException.class,
                () -> ecs.describeServices(r -> r.cluster(LargeEcs.clusterArn(1)).services(eleven)));
        assertTrue(tooMany.getMessage().contains("at most 10"), tooMany.getMessage());
        assertThrows(ClusterNotFoundException.class, () -> ecs.listServices(r -> r.cluster("nowhere")));
        assertThrows(InvalidParameterException.class,
                () -> ecs.listTasks(r -> r.cluster(LargeEcs.clusterArn(1)).maxResults(101)));
    }
}
