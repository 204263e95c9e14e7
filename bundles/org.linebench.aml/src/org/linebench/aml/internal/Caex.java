package org.linebench.aml.internal;

/** Names of the CAEX 3.0 schema's elements and attributes, and the libraries LineBench writes. */
public final class Caex {
  /** The CAEX 3.0 namespace. */
  public static final String NS = "http://www.dke.de/CAEX"; //$NON-NLS-1$
  public static final String SCHEMA_VERSION = "3.0"; //$NON-NLS-1$
  /** The AutomationML version of the standard libraries an export carries. */
  public static final String AUTOMATIONML = "AutomationML 2.10"; //$NON-NLS-1$

  public static final String CAEX_FILE = "CAEXFile"; //$NON-NLS-1$
  public static final String SUPERIOR_STANDARD_VERSION = "SuperiorStandardVersion"; //$NON-NLS-1$
  public static final String SOURCE_DOCUMENT_INFORMATION = "SourceDocumentInformation"; //$NON-NLS-1$
  public static final String INSTANCE_HIERARCHY = "InstanceHierarchy"; //$NON-NLS-1$
  public static final String INTERNAL_ELEMENT = "InternalElement"; //$NON-NLS-1$
  public static final String ATTRIBUTE = "Attribute"; //$NON-NLS-1$
  public static final String VALUE = "Value"; //$NON-NLS-1$
  public static final String DEFAULT_VALUE = "DefaultValue"; //$NON-NLS-1$
  public static final String DESCRIPTION = "Description"; //$NON-NLS-1$
  public static final String ADDITIONAL_INFORMATION = "AdditionalInformation"; //$NON-NLS-1$
  public static final String EXTERNAL_INTERFACE = "ExternalInterface"; //$NON-NLS-1$
  public static final String INTERNAL_LINK = "InternalLink"; //$NON-NLS-1$
  public static final String ROLE_REQUIREMENTS = "RoleRequirements"; //$NON-NLS-1$
  public static final String SUPPORTED_ROLE_CLASS = "SupportedRoleClass"; //$NON-NLS-1$
  public static final String INTERFACE_CLASS_LIB = "InterfaceClassLib"; //$NON-NLS-1$
  public static final String INTERFACE_CLASS = "InterfaceClass"; //$NON-NLS-1$
  public static final String ROLE_CLASS_LIB = "RoleClassLib"; //$NON-NLS-1$
  public static final String ROLE_CLASS = "RoleClass"; //$NON-NLS-1$
  public static final String SYSTEM_UNIT_CLASS_LIB = "SystemUnitClassLib"; //$NON-NLS-1$
  public static final String SYSTEM_UNIT_CLASS = "SystemUnitClass"; //$NON-NLS-1$
  public static final String ATTRIBUTE_TYPE_LIB = "AttributeTypeLib"; //$NON-NLS-1$
  public static final String ATTRIBUTE_TYPE = "AttributeType"; //$NON-NLS-1$
  public static final String VERSION = "Version"; //$NON-NLS-1$

  public static final String NAME = "Name"; //$NON-NLS-1$
  public static final String ID = "ID"; //$NON-NLS-1$
  public static final String UNIT = "Unit"; //$NON-NLS-1$
  public static final String DATA_TYPE = "AttributeDataType"; //$NON-NLS-1$
  public static final String REF_ATTRIBUTE_TYPE = "RefAttributeType"; //$NON-NLS-1$
  public static final String REF_BASE_CLASS_PATH = "RefBaseClassPath"; //$NON-NLS-1$
  public static final String REF_BASE_SYSTEM_UNIT_PATH = "RefBaseSystemUnitPath"; //$NON-NLS-1$
  public static final String REF_BASE_ROLE_CLASS_PATH = "RefBaseRoleClassPath"; //$NON-NLS-1$
  public static final String REF_ROLE_CLASS_PATH = "RefRoleClassPath"; //$NON-NLS-1$
  public static final String REF_PARTNER_SIDE_A = "RefPartnerSideA"; //$NON-NLS-1$
  public static final String REF_PARTNER_SIDE_B = "RefPartnerSideB"; //$NON-NLS-1$

  /** LineBench's facts that CAEX has no element for, as attributes of AdditionalInformation. */
  public static final String LB_FILE = "LineBenchFile"; //$NON-NLS-1$
  public static final String LB_NAMESPACE = "LineBenchNamespace"; //$NON-NLS-1$
  public static final String LB_IMPORTS = "LineBenchImports"; //$NON-NLS-1$

  public static final String XS_STRING = "xs:string"; //$NON-NLS-1$
  public static final String XS_DOUBLE = "xs:double"; //$NON-NLS-1$
  public static final String XS_INT = "xs:int"; //$NON-NLS-1$
  public static final String XS_BOOLEAN = "xs:boolean"; //$NON-NLS-1$
  public static final String XS_ANY_URI = "xs:anyURI"; //$NON-NLS-1$
  public static final String XS_LANGUAGE = "xs:language"; //$NON-NLS-1$

  // the AutomationML standard libraries (resource AutomationMLStandardLibraries.xml)
  public static final String AML_BASE_ROLE = "AutomationMLBaseRoleClassLib/AutomationMLBaseRole"; //$NON-NLS-1$
  public static final String AML_RESOURCE = AML_BASE_ROLE + "/Resource"; //$NON-NLS-1$
  public static final String AML_PROCESS = AML_BASE_ROLE + "/Process"; //$NON-NLS-1$
  public static final String AML_EXTERNAL_DATA = AML_BASE_ROLE + "/ExternalData"; //$NON-NLS-1$
  public static final String AML_RESOURCE_STRUCTURE = AML_BASE_ROLE + "/Structure/ResourceStructure"; //$NON-NLS-1$
  public static final String AML_BASE_INTERFACE = "AutomationMLInterfaceClassLib/AutomationMLBaseInterface"; //$NON-NLS-1$
  public static final String AML_PORT = AML_BASE_INTERFACE + "/Port"; //$NON-NLS-1$
  public static final String AML_EXTERNAL_DATA_REFERENCE = AML_BASE_INTERFACE + "/ExternalDataConnector/ExternalDataReference"; //$NON-NLS-1$
  public static final String AML_LIST_TYPE = "AutomationMLBaseAttributeTypeLib/ListType"; //$NON-NLS-1$
  public static final String AML_REF_URI = "AutomationMLBaseAttributeTypeLib/refURI"; //$NON-NLS-1$
  public static final String AML_MIME_TYPE = "AutomationMLBaseAttributeTypeLib/MIMEType"; //$NON-NLS-1$
  public static final String AML_DIRECTION = "AutomationMLBaseAttributeTypeLib/Direction"; //$NON-NLS-1$

  // LineBench's libraries
  public static final String LB_ROLES = "LineBenchRoleClassLib"; //$NON-NLS-1$
  public static final String LB_UNITS = "LineBenchSystemUnitClassLib"; //$NON-NLS-1$
  public static final String LB_INTERFACES = "LineBenchInterfaceClassLib"; //$NON-NLS-1$
  public static final String LB_ATTRIBUTES = "LineBenchAttributeTypeLib"; //$NON-NLS-1$
  public static final String LB_MATERIAL_PORT = LB_INTERFACES + "/MaterialPort"; //$NON-NLS-1$
  public static final String LB_REFERENCE = LB_INTERFACES + "/Reference"; //$NON-NLS-1$
  public static final String LB_REFERENCED = LB_INTERFACES + "/Referenced"; //$NON-NLS-1$
  public static final String LB_FEATURE_BINDING = LB_INTERFACES + "/FeatureBinding"; //$NON-NLS-1$

  /** Interface names: material ports, the target side of references, a model's card and feature bindings. */
  public static final String MATERIAL_IN = "MaterialIn"; //$NON-NLS-1$
  public static final String MATERIAL_OUT = "MaterialOut"; //$NON-NLS-1$
  public static final String REWORK_IN = "ReworkIn"; //$NON-NLS-1$
  public static final String REFERENCED = "ref"; //$NON-NLS-1$
  public static final String CARD = "card"; //$NON-NLS-1$
  public static final String BINDING = "binding"; //$NON-NLS-1$
  public static final String DIRECTION = "Direction"; //$NON-NLS-1$
  public static final String REF_URI = "refURI"; //$NON-NLS-1$
  public static final String MIME_TYPE = "MIMEType"; //$NON-NLS-1$

  private Caex() {}
}
