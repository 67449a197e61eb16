package com.sellout.portal.odata.edm;

import java.util.ArrayList;
import java.util.List;

import org.apache.olingo.commons.api.edm.FullQualifiedName;
import org.apache.olingo.commons.api.edm.provider.CsdlAbstractEdmProvider;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainer;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityContainerInfo;
import org.apache.olingo.commons.api.edm.provider.CsdlEntitySet;
import org.apache.olingo.commons.api.edm.provider.CsdlEntityType;
import org.apache.olingo.commons.api.edm.provider.CsdlNavigationProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlNavigationPropertyBinding;
import org.apache.olingo.commons.api.edm.provider.CsdlProperty;
import org.apache.olingo.commons.api.edm.provider.CsdlPropertyRef;
import org.apache.olingo.commons.api.edm.provider.CsdlReferentialConstraint;
import org.apache.olingo.commons.api.edm.provider.CsdlSchema;

/**
 * The CSDL of the feed, built from the set definitions: keys, business dates as
 * {@code Edm.Date}, moments as {@code Edm.DateTimeOffset}, money and quantities as
 * {@code Edm.Decimal} with precision and scale, and the to-one navigations (with a
 * referential constraint where the target is found by its key).
 */
public class FeedEdmProvider extends CsdlAbstractEdmProvider {

	public static final FullQualifiedName CONTAINER = new FullQualifiedName(FeedSets.NAMESPACE, FeedSets.CONTAINER);

	private final FeedSets sets;

	public FeedEdmProvider(FeedSets sets) {
		this.sets = sets;
	}

	@Override
	public CsdlEntityType getEntityType(FullQualifiedName name) {
		if (!FeedSets.NAMESPACE.equals(name.getNamespace())) {
			return null;
		}
		return sets.byType(name.getName()).map(this::type).orElse(null);
	}

	@Override
	public CsdlEntitySet getEntitySet(FullQualifiedName container, String name) {
		if (!CONTAINER.equals(container)) {
			return null;
		}
		return sets.byName(name).map(this::entitySet).orElse(null);
	}

	@Override
	public CsdlEntityContainer getEntityContainer() {
		return new CsdlEntityContainer().setName(FeedSets.CONTAINER)
			.setEntitySets(sets.all().stream().map(this::entitySet).toList());
	}

	@Override
	public CsdlEntityContainerInfo getEntityContainerInfo(FullQualifiedName name) {
		if (name == null || CONTAINER.equals(name)) {
			return new CsdlEntityContainerInfo().setContainerName(CONTAINER);
		}
		return null;
	}

	@Override
	public List<CsdlSchema> getSchemas() {
		CsdlSchema schema = new CsdlSchema().setNamespace(FeedSets.NAMESPACE)
			.setEntityTypes(sets.all().stream().map(this::type).toList())
			.setEntityContainer(getEntityContainer());
		return List.of(schema);
	}

	private CsdlEntitySet entitySet(FeedSet set) {
		List<CsdlNavigationPropertyBinding> bindings = set.navigations()
			.stream()
			.map(n -> new CsdlNavigationPropertyBinding().setPath(n.name()).setTarget(n.targetSet()))
			.toList();
		return new CsdlEntitySet().setName(set.name())
			.setType(new FullQualifiedName(FeedSets.NAMESPACE, set.type()))
			.setNavigationPropertyBindings(bindings);
	}

	private CsdlEntityType type(FeedSet set) {
		List<CsdlProperty> properties = new ArrayList<>();
		for (FeedColumn column : set.columns()) {
			CsdlProperty property = new CsdlProperty().setName(column.name())
				.setType(column.type().getFullQualifiedName())
				.setNullable(!set.keys().contains(column.name()));
			if (column.precision() != null) {
				property.setPrecision(column.precision());
			}
			if (column.scale() != null) {
				property.setScale(column.scale());
			}
			properties.add(property);
		}
		List<CsdlNavigationProperty> navigations = new ArrayList<>();
		for (FeedNavigation link : set.navigations()) {
			FeedSet target = sets.require(link.targetSet());
			CsdlNavigationProperty navigation = new CsdlNavigationProperty().setName(link.name())
				.setType(new FullQualifiedName(FeedSets.NAMESPACE, target.type()))
				.setNullable(true);
			if (target.keys().equals(List.of(link.targetProperty()))) {
				navigation
					.setReferentialConstraints(List.of(new CsdlReferentialConstraint().setProperty(link.property())
						.setReferencedProperty(link.targetProperty())));
			}
			navigations.add(navigation);
		}
		return new CsdlEntityType().setName(set.type())
			.setKey(set.keys().stream().map(key -> new CsdlPropertyRef().setName(key)).toList())
			.setProperties(properties)
			.setNavigationProperties(navigations);
	}

}
