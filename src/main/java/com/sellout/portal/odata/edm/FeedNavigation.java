package com.sellout.portal.odata.edm;

/**
 * A to-one link from an entity to another set's entity: the target whose
 * {@code targetProperty} equals this entity's {@code property} (the first such, for a
 * target that is no key, as a line's client by ИНН).
 */
public record FeedNavigation(String name, String targetSet, String property, String targetProperty) {

}
