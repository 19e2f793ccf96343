package org.invar.cloudformation.map;

import org.invar.model.EntityBuilder;

/**
 * Fills the model from one resource type: the resource's own entity ({@code entity}, null for a
 * type that only adds facts to others, such as a route table association), and relations.
 */
interface ResourceMapper {
    void map(MappingContext ctx, Placed resource, EntityBuilder entity);
}
