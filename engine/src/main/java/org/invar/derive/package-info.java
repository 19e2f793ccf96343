/**
 * The facts the engine derives from a filled model before it freezes: load balancer nodes per
 * AZ, the load balancers behind target groups and services, the AZs of services, subnets'
 * default routes, predicted targets of static models, and the per-AZ counts of running tasks
 * and healthy targets. {@link org.invar.derive.Derivations} runs them in order; each class
 * documents what it derives, why, and when the result is unknown.
 */
package org.invar.derive;
