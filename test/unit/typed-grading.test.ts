// The command and manifest graders on hand-written answers: one line per case, each with the
// problems a learner should read.
import { beforeAll, describe, expect, it } from "vitest";
import type { CommandQuestion, ManifestQuestion } from "../../src/content/model.js";
import { gradeAnswer } from "../../src/core/grading.js";
import { prepareQuestions } from "../../src/core/question-types/index.js";
import { loadShellSplitter } from "../../src/core/question-types/command-line.js";

const common = { module: "m", revision: 1, prompt: "p", explanation: "e", lessons: [], hints: [] };
const command = (q: Partial<CommandQuestion>): CommandQuestion => ({
  ...common,
  id: "c",
  type: "command",
  program: "kubectl",
  path: [],
  args: [],
  required: {},
  allowed: [],
  aliases: {},
  references: ["x"],
  ...q,
});

const systemPods = command({
  path: ["get"],
  args: ["pods"],
  required: { "--namespace": "kube-system" },
});
const scale = command({
  path: ["scale"],
  args: ["deployments", "web"],
  required: { "--replicas": ["3"] },
});
const logging = command({
  program: "aws",
  path: ["eks", "update-cluster-config"],
  required: {
    "--name": "demo",
    "--logging": '{"clusterLogging":[{"types":["api","audit"],"enabled":true}]}',
  },
  allowed: ["--region"],
});
const eksctl = command({
  program: "eksctl",
  path: ["create", "cluster"],
  required: { "--name": "demo", "--region": "us-west-2", "--managed": true },
});

const problems = (q: CommandQuestion | ManifestQuestion, answer: string) =>
  (gradeAnswer(q, answer).problems ?? []).map((p) =>
    p.line === undefined ? p.message : `${p.line}:${p.column} ${p.message}`,
  );

describe("command answers", () => {
  it.each<[CommandQuestion, string, string[]]>([
    [systemPods, "kubectl get po -n kube-system", []],
    [systemPods, "kubectl get pod --namespace=kube-system", []],
    [systemPods, "kubectl -n kube-system get pods", []],
    [systemPods, "kubectl get pods -n 'kube-system'", []],
    [systemPods, "$ kubectl get pods -n kube-system   # the system pods", []],
    [systemPods, "/usr/local/bin/kubectl get pods --namespace kube-system", []],
    [systemPods, "kubectl get svc -n kube-system", ["`svc` should be `pods`"]],
    [systemPods, "kubectl get pods", ["`--namespace` is missing"]],
    [systemPods, "kubectl get pods -n default", ["`--namespace` should be kube-system"]],
    [systemPods, "kubectl get pods -A -n kube-system", ["`--all-namespaces` is not needed here"]],
    [
      systemPods,
      "kubectl get pods -n kube-system -n kube-system",
      ["`--namespace` is given 2 times"],
    ],
    [
      systemPods,
      "kubectl get pods -n kube-system | grep dns",
      ["`|` joins more than one command; give the one command only"],
    ],
    [
      systemPods,
      "kubectl describe pods -n kube-system",
      ["the command should start with `kubectl get`"],
    ],
    [
      systemPods,
      "kubectl get pods -n kube-system > pods.txt",
      ["`>` redirects the output; give the command only"],
    ],
    [systemPods, "  ", ["write the command, starting with `kubectl`"]],
    [
      systemPods,
      "kubectl get",
      ["`pods` is missing after `kubectl get`", "`--namespace` is missing"],
    ],
    [scale, "kubectl scale deploy/web --replicas=3", []],
    [scale, "kubectl scale deployment web --replicas 3", []],
    [scale, "kubectl scale deployments.apps/web --replicas 3", []],
    [scale, "kubectl scale deploy web --replicas 4", ["`--replicas` should be 3"]],
    [scale, "kubectl scale deploy api --replicas 3", ["`api` should be `web`"]],
    [scale, "kubectl scale deploy web extra --replicas 3", ["`extra` is not needed here"]],
    [
      logging,
      `aws eks update-cluster-config --name demo --logging '{"clusterLogging": [{"types": ["api", "audit"], "enabled": true}]}'`,
      [],
    ],
    [
      logging,
      `aws --region us-west-2 eks update-cluster-config --logging='{"clusterLogging":[{"types":["api","audit"],"enabled":true}]}' --name demo`,
      [],
    ],
    [
      logging,
      `aws eks update-cluster-config --name demo --logging '{"clusterLogging":[{"types":["api"],"enabled":true}]}'`,
      ['`--logging` should be {"clusterLogging":[{"types":["api","audit"],"enabled":true}]}'],
    ],
    [eksctl, "eksctl create cluster -n demo -r us-west-2 --managed", []],
    [eksctl, "eksctl create cluster --managed --name=demo --region us-west-2", []],
    [
      eksctl,
      "eksctl create cluster --name demo --region us-west-2 --managed=false",
      ["`--managed` takes no value here"],
    ],
    [eksctl, "eksctl create cluster --name demo --region us-west-2", ["`--managed` is missing"]],
  ])("%#: %s", (q, answer, expected) => {
    expect(problems(q, answer)).toEqual(expected);
    expect(gradeAnswer(q, answer).correct).toBe(expected.length === 0);
  });

  it("groups kubectl's short flags that take no value: -it", () => {
    const exec = command({
      path: ["exec"],
      args: ["web"],
      required: { "--stdin": true, "--tty": true },
    });
    expect(problems(exec, "kubectl exec -it web")).toEqual([]);
    expect(problems(exec, "kubectl exec -i web")).toEqual(["`--tty` is missing"]);
  });

  it("takes an exercise's own aliases", () => {
    const q = command({
      path: ["get"],
      args: ["pods"],
      required: { "--selector": "app=web" },
      aliases: { "-x": "--selector" },
    });
    expect(problems(q, "kubectl get pods -x app=web")).toEqual([]);
  });
});

const storageClass: ManifestQuestion = {
  ...common,
  id: "sc",
  type: "manifest",
  documents: [
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      rules: [
        { path: "metadata.name", equals: "gp3" },
        { path: "provisioner", equals: "ebs.csi.aws.com" },
        { path: "parameters.type", equals: "gp3" },
        { path: "volumeBindingMode", equals: "WaitForFirstConsumer" },
        {
          path: 'metadata.annotations["storageclass.kubernetes.io/is-default-class"]',
          equals: "true",
        },
        { path: "mountOptions", includes: ["debug"] },
        { path: "metadata.labels.team", matches: "^web-" },
        { path: "reclaimPolicy", absent: true, message: "leave `reclaimPolicy` to its default" },
      ],
    },
  ],
  starter: "",
  references: [],
};

const good = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: gp3
  labels: { team: web-a }
  annotations:
    storageclass.kubernetes.io/is-default-class: "true"
provisioner: ebs.csi.aws.com
parameters:
  type: gp3
mountOptions: [debug, noatime]
volumeBindingMode: WaitForFirstConsumer
`;

const cluster: ManifestQuestion = {
  ...storageClass,
  id: "cc",
  documents: [
    {
      apiVersion: "eksctl.io/v1alpha5",
      kind: "ClusterConfig",
      rules: [{ path: "managedNodeGroups[name=ng-1].desiredCapacity", equals: 3 }],
    },
  ],
};

beforeAll(async () => {
  await prepareQuestions([storageClass, cluster]);
  await loadShellSplitter();
});

describe("manifest answers", () => {
  it.each<[string, string, string[]]>([
    ["the answer", good, []],
    [
      "keys reordered, quoted, commented",
      `# mine
volumeBindingMode: "WaitForFirstConsumer"
mountOptions:
  - noatime
  - 'debug'
parameters: { type: gp3 }   # the EBS volume type
provisioner: ebs.csi.aws.com
metadata:
  annotations: { "storageclass.kubernetes.io/is-default-class": "true" }
  labels:
    team: "web-a"
  name: 'gp3'
kind: StorageClass
apiVersion: storage.k8s.io/v1
`,
      [],
    ],
    [
      "a typo in a key's case",
      good.replace("volumeBindingMode", "volumeBindingmode"),
      [
        "1:1 `volumeBindingMode` is missing; it should be WaitForFirstConsumer (there is `volumeBindingmode`: keys are case-sensitive)",
      ],
    ],
    [
      "a wrong value",
      good.replace("type: gp3", "type: gp2"),
      ["10:9 `parameters.type` should be gp3, not gp2"],
    ],
    [
      "a field that should not be there",
      `${good}reclaimPolicy: Retain\n`,
      ["13:16 leave `reclaimPolicy` to its default"],
    ],
    [
      "a list without an item",
      good.replace("[debug, noatime]", "[noatime]"),
      ['11:15 `mountOptions` should include debug, not ["noatime"]'],
    ],
    [
      "a value that does not match",
      good.replace("web-a", "api"),
      ["5:19 `metadata.labels.team` should match /^web-/, not api"],
    ],
    [
      "a schema error",
      good.replace("provisioner: ebs.csi.aws.com", "provisioner: [ebs]"),
      [
        "8:14 `provisioner` must be string",
        '8:14 `provisioner` should be ebs.csi.aws.com, not ["ebs"]',
      ],
    ],
    [
      "another apiVersion",
      good.replace("storage.k8s.io/v1", "storage.k8s.io/v1beta1"),
      [
        "1:13 `apiVersion` should be storage.k8s.io/v1 for a StorageClass, not storage.k8s.io/v1beta1",
      ],
    ],
    [
      "another document too",
      `${good}---\napiVersion: v1\nkind: ConfigMap\n`,
      ["14:1 document 2 (ConfigMap) is not asked for here"],
    ],
    [
      "another kind",
      good.replace("StorageClass", "ConfigMap"),
      [
        "1:1 a StorageClass (storage.k8s.io/v1) is missing",
        "1:1 document 1 (ConfigMap) is not asked for here",
      ],
    ],
    ["nothing", "# nothing yet\n", ["1:1 the manifest is empty"]],
    [
      "broken YAML",
      "kind: [StorageClass\n",
      ["2:1 YAML: Missing , or : between flow sequence items"],
    ],
  ])("%s", (_name, answer, expected) => {
    const found = problems(storageClass, answer);
    if (expected.some((e) => e.includes("YAML:"))) expect(found[0]).toMatch(/^\d+:\d+ YAML: /);
    else expect(found).toEqual(expected);
  });

  it("checks eksctl's ClusterConfig: an unquoted version is a number, a list element by its field", () => {
    const text = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: demo
  region: us-west-2
  version: 1.30
managedNodeGroups:
  - name: ng-1
    desiredCapacity: 2
`;
    expect(problems(cluster, text)).toEqual([
      '6:12 `metadata.version` must be a string (quote it: "1.3")',
      "9:22 `managedNodeGroups[name=ng-1].desiredCapacity` should be 3, not 2",
    ]);
    expect(
      problems(cluster, text.replace("1.30", '"1.30"').replace("Capacity: 2", "Capacity: 3")),
    ).toEqual([]);
  });
});
