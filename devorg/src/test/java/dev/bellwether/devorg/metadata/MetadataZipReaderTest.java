package dev.bellwether.devorg.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which components of a deploy zip are read, following package.xml as Salesforce does. */
class MetadataZipReaderTest {
  private static final ObjectFile TWO_FIELDS = ObjectFile.custom("Probe__c")
      .field("A__c", "<label>A</label><length>5</length><type>Text</type>")
      .field("B__c", "<label>B</label><length>5</length><type>Text</type>");

  @Test
  void onlyTheFieldsPackageXmlNamesAreReadWhenTheObjectIsNotNamed() {
    MetadataPackage pkg = MetadataZipReader.read(new DeployZip()
        .member("CustomField", "Probe__c.A__c")
        .file("objects/Probe__c.object", TWO_FIELDS.xml()).bytes());
    assertEquals(List.of(), pkg.problems());
    ObjectChange change = pkg.objects().get(0);
    assertNull(change.object(), "the object itself is not deployed");
    assertEquals(List.of("A__c"), change.fields().stream().map(f -> f.field().name()).toList());
  }

  @Test
  void namingTheObjectDeploysAllItsFields() {
    MetadataPackage pkg = MetadataZipReader.read(new DeployZip().object(TWO_FIELDS).bytes());
    assertEquals(List.of("A__c", "B__c"),
        pkg.objects().get(0).fields().stream().map(f -> f.field().name()).toList());
  }

  @Test
  void wildcardMembersDeployEveryFileOfTheType() {
    MetadataPackage pkg = MetadataZipReader.read(new DeployZip().member("CustomObject", "*")
        .file("objects/Probe__c.object", TWO_FIELDS.xml())
        .file("objects/Other__c.object", ObjectFile.custom("Other__c").xml()).bytes());
    assertEquals(List.of("Other__c", "Probe__c"),
        pkg.objects().stream().map(ObjectChange::objectName).sorted().toList());
  }

  @Test
  void filesPackageXmlDoesNotNameAreIgnored() {
    MetadataPackage pkg = MetadataZipReader.read(new DeployZip()
        .file("objects/Probe__c.object", TWO_FIELDS.xml()).bytes());
    assertEquals(List.of(), pkg.objects());
    assertEquals(List.of(), pkg.problems());
  }

  @Test
  void aFieldNamedInPackageXmlButAbsentFromItsObjectFileFails() {
    MetadataPackage pkg = MetadataZipReader.read(new DeployZip()
        .member("CustomField", "Probe__c.C__c")
        .file("objects/Probe__c.object", TWO_FIELDS.xml()).bytes());
    assertEquals("package.xml: An object 'Probe__c.C__c' of type CustomField was named in"
        + " package.xml, but was not found in zipped directory", pkg.problems().get(0).describe());
  }

  @Test
  void bytesThatAreNotAZipFailOnPackageXml() {
    MetadataPackage pkg = MetadataZipReader.read("not a zip".getBytes());
    assertEquals("package.xml: the deploy zip cannot be read: it is empty or not a zip file",
        pkg.problems().get(0).describe());
  }

  @Test
  void aZipWithoutPackageXmlFails() {
    DeployZip zip = new DeployZip().file("objects/Probe__c.object", TWO_FIELDS.xml());
    byte[] bytes = zip.bytes();
    // DeployZip always writes package.xml; rebuild the zip without it.
    MetadataPackage pkg = MetadataZipReader.read(withoutPackageXml(bytes));
    assertEquals("package.xml: No package.xml found", pkg.problems().get(0).describe());
  }

  private static byte[] withoutPackageXml(byte[] zip) {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
        var bytes = new java.io.ByteArrayOutputStream()) {
      try (var out = new java.util.zip.ZipOutputStream(bytes)) {
        java.util.zip.ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          if (!e.getName().equals("package.xml")) {
            out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
            out.write(in.readAllBytes());
            out.closeEntry();
          }
        }
      }
      return bytes.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
