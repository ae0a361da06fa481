import 'collectkit/define.js'; // define the elements before Vue renders them
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
