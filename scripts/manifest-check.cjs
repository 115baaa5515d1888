// Offline checks of manifest.xml: what Office relies on when it loads the add-in. The online validator
// (`npm run validate:online`) posts the file to Microsoft's service; this one needs no network.
'use strict';
const fs = require('fs');
const path = require('path');
const { DOMParser } = require('@xmldom/xmldom');
const { OfficeAddinManifest } = require('office-addin-manifest');

const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'VersionOverrides',
];
const RESOURCE_KINDS = {
  Image: 'bt:Images',
  Url: 'bt:Urls',
  ShortString: 'bt:ShortStrings',
  LongString: 'bt:LongStrings',
};
const LIMITS = { 'bt:ShortStrings': 125, 'bt:LongStrings': 250 };

function elementChildren(node) {
  return Array.from(node.childNodes || []).filter((n) => n.nodeType === 1);
}

function allElements(node, out = []) {
  for (const child of elementChildren(node)) {
    out.push(child);
    allElements(child, out);
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 24 || bytes.toString('ascii', 1, 4) !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Checks a manifest. `assetsDir` is where the icon files named in the manifest live.
 * Returns a list of problems in plain words; empty when all is well.
 */
async function checkManifest(manifestPath, { assetsDir = path.join(path.dirname(manifestPath), 'assets') } = {}) {
  const problems = [];
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const parseErrors = [];
  const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && parseErrors.push(msg) }).parseFromString(
    xml,
    'text/xml',
  );
  if (parseErrors.length) return [`The manifest is not well-formed XML: ${parseErrors[0]}`];

  try {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    if (!info.id || !/^[0-9a-f-]{36}$/i.test(info.id)) problems.push('Id must be a GUID.');
    if (!info.displayName) problems.push('DisplayName is missing.');
    if (info.defaultLocale !== 'en-GB') problems.push(`DefaultLocale should be en-GB, not ${info.defaultLocale}.`);
    if (info.permissions !== 'ReadWriteDocument') problems.push('Permissions must be ReadWriteDocument.');
    if (!(info.hosts || []).includes('Document')) problems.push('The add-in must target Word (Host Name="Document").');
    if ((info.appDomains || []).length)
      problems.push(`AppDomains lists ${info.appDomains.join(', ')}; the add-in uses none.`);
  } catch (error) {
    problems.push(`office-addin-manifest could not read the manifest: ${error.message}`);
  }

  const root = doc.documentElement;
  const order = elementChildren(root).map((e) => e.localName);
  let last = -1;
  for (const name of order) {
    const at = OFFICE_APP_ORDER.indexOf(name);
    if (at === -1) problems.push(`Unexpected element <${name}> in <OfficeApp>.`);
    else if (at < last) problems.push(`<${name}> is out of order: the schema wants ${OFFICE_APP_ORDER.join(', ')}.`);
    else last = at;
  }

  const elements = allElements(root);
  const sets = elements.filter((e) => e.localName === 'Set');
  if (!sets.some((s) => s.getAttribute('Name') === 'WordApi' && s.getAttribute('MinVersion') === '1.3')) {
    problems.push('Requirements must ask for WordApi 1.3 (tables): newer sets are detected at run time.');
  }

  const resources = new Map();
  for (const group of Object.values(RESOURCE_KINDS)) {
    const groupEl = elements.find((e) => e.nodeName === group);
    for (const item of groupEl ? elementChildren(groupEl) : []) {
      const id = item.getAttribute('id');
      const value = item.getAttribute('DefaultValue');
      if (resources.has(id)) problems.push(`Resource id "${id}" is defined twice.`);
      resources.set(id, { group, value });
      if (LIMITS[group] && value.length > LIMITS[group]) {
        problems.push(`${group} "${id}" is ${value.length} characters; Office allows ${LIMITS[group]}.`);
      }
    }
  }
  for (const el of elements.filter((e) => e.hasAttribute && e.hasAttribute('resid'))) {
    const id = el.getAttribute('resid');
    const resource = resources.get(id);
    if (!resource) {
      problems.push(`<${el.nodeName}> refers to resid "${id}", which no resource defines.`);
      continue;
    }
    const wanted =
      el.localName === 'Image'
        ? 'bt:Images'
        : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(el.localName)
          ? 'bt:Urls'
          : el.localName === 'Description' && el.parentNode.localName !== 'GetStarted'
            ? 'bt:LongStrings'
            : null;
    if (
      wanted &&
      resource.group !== wanted &&
      !(el.localName === 'Description' && resource.group === 'bt:LongStrings')
    ) {
      problems.push(`<${el.nodeName} resid="${id}"> needs a ${wanted} resource, not ${resource.group}.`);
    }
  }

  const urls = elements
    .filter((e) => e.hasAttribute && e.hasAttribute('DefaultValue'))
    .map((e) => e.getAttribute('DefaultValue'))
    .filter((v) => /^[a-z]+:\/\//i.test(v));
  for (const url of urls)
    if (!url.startsWith('https://')) problems.push(`${url} is not https: Office loads only HTTPS.`);

  const iconSizes = new Map();
  for (const image of elements.filter((e) => e.localName === 'Image' && e.getAttribute('size'))) {
    iconSizes.set(image.getAttribute('resid'), Number(image.getAttribute('size')));
  }
  const iconUrl = elements.find((e) => e.localName === 'IconUrl');
  const hiResUrl = elements.find((e) => e.localName === 'HighResolutionIconUrl');
  const iconChecks = [
    ...[...iconSizes].map(([id, size]) => ({ url: (resources.get(id) || {}).value, size })),
    { url: iconUrl && iconUrl.getAttribute('DefaultValue'), size: 32 },
    { url: hiResUrl && hiResUrl.getAttribute('DefaultValue'), size: 64 },
  ];
  for (const { url, size } of iconChecks) {
    if (!url) continue;
    const file = path.join(assetsDir, path.basename(new URL(url).pathname));
    if (!fs.existsSync(file)) {
      problems.push(`Icon ${url} has no file at ${path.relative(process.cwd(), file)}.`);
      continue;
    }
    const found = pngSize(file);
    if (!found || found.width !== size || found.height !== size) {
      problems.push(`Icon ${path.basename(file)} should be a ${size}x${size} PNG.`);
    }
  }

  const buttons = elements.filter((e) => e.localName === 'Control' && e.getAttribute('xsi:type') === 'Button');
  const labels = buttons.map((b) => {
    const label = elementChildren(b).find((c) => c.localName === 'Label');
    return label && (resources.get(label.getAttribute('resid')) || {}).value;
  });
  for (const wanted of ['Check plan', 'SMART pane']) {
    if (!labels.includes(wanted)) problems.push(`The ribbon has no "${wanted}" button.`);
  }
  return problems;
}

module.exports = { checkManifest, pngSize, OFFICE_APP_ORDER };
