// eksctl's ClusterConfig (eksctl.io/v1alpha5): the documented fields an exercise uses, with their
// types (eksctl reads the file strictly: a number where a string belongs, such as an unquoted
// `version: 1.30`, is refused). Fields not listed here are accepted as they are.
export interface SchemaError {
  /** JSON pointer to the value: /managedNodeGroups/0/desiredCapacity */
  instancePath: string;
  message: string;
}

type Shape =
  | "string"
  | "integer"
  | "boolean"
  | "any"
  | { list: Shape }
  | { map: Shape }
  | { fields: Record<string, Shape>; required?: readonly string[] };

const strings: Shape = { list: "string" };
const labels: Shape = { map: "string" };

const nodeGroup: Shape = {
  required: ["name"],
  fields: {
    name: "string",
    instanceType: "string",
    instanceTypes: strings,
    amiFamily: "string",
    desiredCapacity: "integer",
    minSize: "integer",
    maxSize: "integer",
    volumeSize: "integer",
    volumeType: "string",
    maxPodsPerNode: "integer",
    spot: "boolean",
    privateNetworking: "boolean",
    availabilityZones: strings,
    labels,
    tags: labels,
    taints: { list: "any" },
    iam: "any",
    ssh: "any",
  },
};

const CLUSTER_CONFIG: Shape = {
  required: ["metadata"],
  fields: {
    apiVersion: "string",
    kind: "string",
    metadata: {
      required: ["name", "region"],
      fields: {
        name: "string",
        region: "string",
        version: "string",
        tags: labels,
        annotations: labels,
      },
    },
    managedNodeGroups: { list: nodeGroup },
    nodeGroups: { list: nodeGroup },
    fargateProfiles: {
      list: {
        required: ["name", "selectors"],
        fields: {
          name: "string",
          podExecutionRoleARN: "string",
          subnets: strings,
          tags: labels,
          selectors: {
            list: { required: ["namespace"], fields: { namespace: "string", labels } },
          },
        },
      },
    },
    availabilityZones: strings,
    addons: {
      list: {
        required: ["name"],
        fields: {
          name: "string",
          version: "string",
          serviceAccountRoleARN: "string",
          attachPolicyARNs: strings,
        },
      },
    },
    iam: {
      fields: {
        withOIDC: "boolean",
        serviceAccounts: { list: "any" },
        podIdentityAssociations: { list: "any" },
      },
    },
    cloudWatch: {
      fields: {
        clusterLogging: { fields: { enableTypes: strings, logRetentionInDays: "integer" } },
      },
    },
    accessConfig: {
      fields: { authenticationMode: "string", bootstrapClusterCreatorAdminPermissions: "boolean" },
    },
    autoModeConfig: { fields: { enabled: "boolean", nodePools: strings, nodeRoleARN: "string" } },
  },
};

function typeName(shape: Shape): string {
  if (typeof shape === "string") return shape === "integer" ? "a whole number" : `a ${shape}`;
  if ("list" in shape) return "a list";
  return "a mapping";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fits(shape: Shape, value: unknown): boolean {
  if (shape === "any") return true;
  if (shape === "string") return typeof value === "string";
  if (shape === "integer") return Number.isInteger(value);
  if (shape === "boolean") return typeof value === "boolean";
  if ("list" in shape) return Array.isArray(value);
  return isObject(value);
}

function check(shape: Shape, value: unknown, at: string, errors: SchemaError[]): void {
  if (!fits(shape, value)) {
    const quote = shape === "string" && typeof value === "number" ? ` (quote it: "${value}")` : "";
    errors.push({ instancePath: at, message: `must be ${typeName(shape)}${quote}` });
    return;
  }
  if (typeof shape === "string") return;
  if ("list" in shape) {
    (value as unknown[]).forEach((item, i) => check(shape.list, item, `${at}/${i}`, errors));
  } else if ("map" in shape) {
    for (const [k, v] of Object.entries(value as object)) check(shape.map, v, `${at}/${k}`, errors);
  } else {
    const object = value as Record<string, unknown>;
    for (const name of shape.required ?? []) {
      if (!(name in object))
        errors.push({ instancePath: at, message: `must have required property '${name}'` });
    }
    for (const [name, field] of Object.entries(shape.fields)) {
      if (name in object) check(field, object[name], `${at}/${name}`, errors);
    }
  }
}

/** The problems of a ClusterConfig document, in the form the Kubernetes validators give them. */
export function validateClusterConfig(data: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  check(CLUSTER_CONFIG, data, "", errors);
  return errors;
}
