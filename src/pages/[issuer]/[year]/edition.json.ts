import type { APIRoute } from 'astro';
import { programmeLinks } from '../../../data/changes.ts';
import { ownEditionPaths } from '../../../data/routes.ts';
import type { Edition } from '../../../lib/edition/model.ts';

/** The parsed edition as JSON, for the compare page (which runs the same alignment in the browser). */
export const getStaticPaths = ownEditionPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data: _data, ...edition } = props.edition as Edition;
  const programmes = await programmeLinks(props.edition as Edition);
  return new Response(JSON.stringify({ ...edition, data: { draft: false }, programmes }), { headers: { 'content-type': 'application/json' } });
};
