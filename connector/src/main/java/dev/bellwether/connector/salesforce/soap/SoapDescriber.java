package dev.bellwether.connector.salesforce.soap;

import dev.bellwether.connector.salesforce.Describer;
import com.sforce.soap.partner.DescribeGlobalSObjectResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PicklistEntry;
import dev.bellwether.connector.CrmException;
import dev.bellwether.connector.FieldSchema;
import dev.bellwether.connector.ObjectSchema;
import dev.bellwether.connector.salesforce.values.FieldTypes;
import dev.bellwether.connector.salesforce.values.Namespace;
import java.util.ArrayList;
import java.util.List;

/** describeSObject and describeGlobal, as the port's namespace-free {@link ObjectSchema}. */
public final class SoapDescriber implements Describer {
  private final PartnerConnections soap;
  private final Namespace namespace;

  public SoapDescriber(PartnerConnections soap, Namespace namespace) {
    this.soap = soap;
    this.namespace = namespace;
  }

  /** The object's fields and capabilities; {@code object} is unqualified. */
  @Override
  public ObjectSchema describe(String object) throws CrmException {
    String qualified = namespace.qualify(object);
    DescribeSObjectResult d = soap.soapCall("describe " + object, object, pc -> pc.describeSObject(qualified));
    List<FieldSchema> fields = new ArrayList<>();
    for (Field f : d.getFields()) {
      fields.add(field(f));
    }
    return new ObjectSchema(namespace.unqualify(d.getName()), d.getLabel(), d.getKeyPrefix(),
        d.isCreateable(), d.isUpdateable(), d.isDeletable(), d.isReplicateable(), fields);
  }

  /** The names of every object the integration user can see, unqualified. */
  public List<String> objectNames() throws CrmException {
    DescribeGlobalSObjectResult[] all = soap.soapCall("describeGlobal", null, pc -> pc.describeGlobal()).getSobjects();
    List<String> names = new ArrayList<>(all.length);
    for (DescribeGlobalSObjectResult o : all) {
      names.add(namespace.unqualify(o.getName()));
    }
    return names;
  }

  private FieldSchema field(Field f) {
    String crmType = f.getType() == null ? "unknown" : WscEnums.text(f.getType());
    List<String> referenceTo = new ArrayList<>();
    if (f.getReferenceTo() != null) {
      for (String target : f.getReferenceTo()) {
        referenceTo.add(namespace.unqualify(target));
      }
    }
    List<String> picklist = new ArrayList<>();
    if (f.getPicklistValues() != null) {
      for (PicklistEntry entry : f.getPicklistValues()) {
        if (entry.isActive()) {
          picklist.add(entry.getValue());
        }
      }
    }
    return new FieldSchema(namespace.unqualify(f.getName()), f.getLabel(), FieldTypes.fromSalesforce(crmType),
        crmType, f.getLength(), f.isNillable(), f.isCreateable(), f.isUpdateable(), f.isExternalId(),
        f.isUnique(), referenceTo, picklist);
  }
}
