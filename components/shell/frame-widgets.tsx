'use client';

import dynamic from 'next/dynamic';

/*
 * The signed-in frame's client components, loaded as chunks of their own. Every client component
 * the root layout imports is sent with every page, and the layout holds both frames: imported
 * directly, these would add ~40 kB (compressed) of script — the dialog and menu library, the
 * sidebar's icons — to the visitor's pages too (landing, quick scan), which are measured on a slow
 * phone. Signed in, they are still rendered on the server and their chunks preloaded with the page.
 */
export const MobileNav = dynamic(() => import('./mobile-nav').then((module) => module.MobileNav));
export const AccountDropdown = dynamic(() => import('./account-dropdown').then((module) => module.AccountDropdown));
export const SidebarNav = dynamic(() => import('./sidebar-nav').then((module) => module.SidebarNav));
export const SidebarToggle = dynamic(() => import('./sidebar-toggle').then((module) => module.SidebarToggle));
