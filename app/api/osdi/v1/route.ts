import { hal, osdiRoute } from '@/lib/entry/osdi-route';

// GET /api/osdi/v1: the API entry point, linking to every collection this server offers.
export const dynamic = 'force-dynamic';

export const GET = osdiRoute(async ({ base }) =>
  hal(200, {
    motd: 'Leaven OSDI API. People, tags and taggings, the person signup helper; events (mobilizations) and attendances (commitments), and the record attendance helper on each event.',
    vendor_name: 'Leaven',
    product_name: 'Leaven',
    osdi_version: '1.1',
    _links: {
      self: { href: `${base}/api/osdi/v1` },
      'osdi:people': { href: `${base}/api/osdi/v1/people` },
      'osdi:tags': { href: `${base}/api/osdi/v1/tags` },
      'osdi:person_signup_helper': { href: `${base}/api/osdi/v1/people/person_signup_helper` },
      'osdi:events': { href: `${base}/api/osdi/v1/events` },
      curies: [{ name: 'osdi', href: 'https://opensupporter.github.io/osdi-docs/{rel}', templated: true }],
    },
  }),
);
