import 'collectkit/define.js'; // define the elements before Svelte renders them
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
